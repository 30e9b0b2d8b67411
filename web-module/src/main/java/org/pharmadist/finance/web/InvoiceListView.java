package org.pharmadist.finance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.finance.application.InvoiceSearch;
import org.pharmadist.finance.application.InvoiceSummary;
import org.pharmadist.finance.domain.InvoiceStatus;
import org.primefaces.model.LazyDataModel;
import org.pharmadist.platform.web.PagedDataModel;

/** The invoice list: lazy table over the read data source (one query per page), filtered by status and open only. */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceQueryService queries;

    private String status;
    private boolean openOnly;
    private final PagedDataModel<InvoiceSummary> invoices = new PagedDataModel<>((sortBy, page) -> queries.invoices(search(), page), InvoiceSummary::id);

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public LazyDataModel<InvoiceSummary> getInvoices() {
        return invoices;
    }

    private InvoiceSearch search() {
        return InvoiceSearch.parse(null, status, null, null, String.valueOf(openOnly));
    }
}
