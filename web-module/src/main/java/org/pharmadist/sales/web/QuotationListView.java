package org.pharmadist.sales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.pharmadist.sales.application.QuotationQueryService;
import org.pharmadist.sales.application.QuotationSearch;
import org.pharmadist.sales.application.QuotationSummary;
import org.pharmadist.sales.domain.QuotationStatus;
import org.primefaces.model.LazyDataModel;
import org.pharmadist.platform.web.PagedDataModel;

/** The quotation list: lazy table over the read data source (one query per page), filtered by status. */
@Named
@ViewScoped
public class QuotationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotationQueryService queries;

    private String status;
    private final PagedDataModel<QuotationSummary> quotations = new PagedDataModel<>((sortBy, page) -> queries.search(search(), page), QuotationSummary::id);

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public QuotationStatus[] getStatuses() {
        return QuotationStatus.values();
    }

    public LazyDataModel<QuotationSummary> getQuotations() {
        return quotations;
    }

    /** An amount as "5,350.66". */
    public String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return amount == null ? "" : f.format(amount);
    }

    private QuotationSearch search() {
        return QuotationSearch.parse(null, status, null, null);
    }
}
