package org.pharmadist.sales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.QuotationQueryService;
import org.pharmadist.sales.application.QuotationSearch;
import org.pharmadist.sales.application.QuotationSummary;
import org.pharmadist.sales.domain.QuotationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The quotation list: lazy table over the read data source (one query per page), filtered by status. */
@Named
@ViewScoped
public class QuotationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotationQueryService queries;

    private String status;
    private final Quotations quotations = new Quotations();

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

    private final class Quotations extends LazyDataModel<QuotationSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) queries.search(search(), new PageRequest(1, 0, null)).total();
            } catch (RuntimeException e) {
                PortalMessages.show(e);
                return 0;
            }
        }

        @Override
        public List<QuotationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<QuotationSummary> page = queries.search(search(),
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
        public String getRowKey(QuotationSummary q) {
            return String.valueOf(q.id());
        }

        @Override
        public QuotationSummary getRowData(String rowKey) {
            return null;
        }

        private QuotationSearch search() {
            return QuotationSearch.parse(null, status, null, null);
        }
    }
}
