package org.pharmadist.crm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.crm.application.CustomerQueryService;
import org.pharmadist.crm.application.CustomerSearch;
import org.pharmadist.crm.application.CustomerSummary;
import org.pharmadist.crm.domain.CustomerType;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
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
    private final Customers customers = new Customers();

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

    private final class Customers extends LazyDataModel<CustomerSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) queries.search(search(false), new PageRequest(1, 0, null)).total();
            } catch (RuntimeException e) {
                PortalMessages.show(e);
                return 0;
            }
        }

        @Override
        public List<CustomerSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                boolean descending = sortBy.values().stream().anyMatch(m -> m.getOrder() == SortOrder.DESCENDING);
                Page<CustomerSummary> page = queries.search(search(descending),
                        new PageRequest(Math.min(pageSize, PageRequest.MAX_LIMIT), Math.min(first, PageRequest.MAX_OFFSET), null));
                setRowCount((int) page.total());
                return page.items();
            } catch (RuntimeException e) {
                setRowCount(0);
                PortalMessages.show(e);
                return List.of();
            }
        }

        @Override
        public String getRowKey(CustomerSummary c) {
            return String.valueOf(c.id());
        }

        @Override
        public CustomerSummary getRowData(String rowKey) {
            return null;
        }

        private CustomerSearch search(boolean descending) {
            return CustomerSearch.parse(query, taxId, type, descending);
        }
    }
}
