package org.pharmadist.crm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.crm.application.CustomerSummary;
import org.pharmadist.crm.domain.CustomerType;
import org.primefaces.model.LazyDataModel;
import org.pharmadist.platform.web.PagedDataModel;
import org.primefaces.model.SortOrder;

/** The customer list: lazy table over the read data source, searched by name prefix, tax id and type. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerQueryService queries;

    private String query;
    private String taxId;
    private String type;
    private final PagedDataModel<CustomerSummary> customers = new PagedDataModel<>((sortBy, page) -> queries.search(search(sortBy.values().stream()
            .anyMatch(m -> m.getOrder() == SortOrder.DESCENDING)), page), CustomerSummary::id);

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Customer types for the filter. */
    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public LazyDataModel<CustomerSummary> getCustomers() {
        return customers;
    }

    private CustomerSearch search(boolean descending) {
        return CustomerSearch.parse(query, taxId, type, descending);
    }
}
