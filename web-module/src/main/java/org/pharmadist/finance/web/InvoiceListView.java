package org.pharmadist.finance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.finance.application.InvoiceSearch;
import org.pharmadist.finance.application.InvoiceSummary;
import org.pharmadist.finance.domain.InvoiceStatus;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The invoice list: lazy table over the read data source (one query per page), filtered by status and open only. */
@Named
@ViewScoped
public class InvoiceListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceQueryService queries;

    private String status;
    private boolean openOnly;
    private final Invoices invoices = new Invoices();

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

    private final class Invoices extends LazyDataModel<InvoiceSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) queries.invoices(search(), new PageRequest(1, 0, null)).total();
            } catch (RuntimeException e) {
                PortalMessages.show(e);
                return 0;
            }
        }

        @Override
        public List<InvoiceSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<InvoiceSummary> page = queries.invoices(search(),
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
        public String getRowKey(InvoiceSummary i) {
            return String.valueOf(i.id());
        }

        @Override
        public InvoiceSummary getRowData(String rowKey) {
            return null;
        }

        private InvoiceSearch search() {
            return InvoiceSearch.parse(null, status, null, null, String.valueOf(openOnly));
        }
    }
}
