package org.pharmadist.sales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.SalesOrderQueryService;
import org.pharmadist.sales.application.SalesOrderSearch;
import org.pharmadist.sales.application.SalesOrderSummary;
import org.pharmadist.sales.application.ShipmentSummary;
import org.pharmadist.sales.domain.SalesOrderStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The sales order list (lazy table over the read data source, one query per page, filtered by status and customer)
 * and the recent shipments list (newest 100, one query).
 */
@Named
@ViewScoped
public class SalesOrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SalesOrderQueryService queries;

    private String status;
    private String customer;
    private final Orders orders = new Orders();
    private List<ShipmentSummary> shipments;

    public SalesOrderStatus[] getStatuses() {
        return SalesOrderStatus.values();
    }

    public LazyDataModel<SalesOrderSummary> getOrders() {
        return orders;
    }

    /** The newest 100 shipments (open ones to pick first in the page's own sort). */
    public List<ShipmentSummary> getShipments() {
        if (shipments == null) {
            try {
                shipments = queries.shipments(null, null, 100);
            } catch (RuntimeException e) {
                PortalMessages.show(e);
                shipments = List.of();
            }
        }
        return shipments;
    }

    public String money(BigDecimal amount) {
        return SalesPortal.money(amount);
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }

    private final class Orders extends LazyDataModel<SalesOrderSummary> {
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
        public List<SalesOrderSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<SalesOrderSummary> page = queries.search(search(),
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
        public String getRowKey(SalesOrderSummary o) {
            return String.valueOf(o.id());
        }

        @Override
        public SalesOrderSummary getRowData(String rowKey) {
            return null;
        }

        private SalesOrderSearch search() {
            Long id = org.pharmadist.crm.web.CustomerPicks.idOf(customer);
            return SalesOrderSearch.parse(id == null ? null : id.toString(), status, null, null);
        }
    }
}
