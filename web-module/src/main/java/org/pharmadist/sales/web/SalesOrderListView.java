package org.pharmadist.sales.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.SalesOrderQueryService;
import org.pharmadist.sales.application.SalesOrderSearch;
import org.pharmadist.sales.application.SalesOrderSummary;
import org.pharmadist.sales.application.ShipmentSummary;
import org.pharmadist.sales.domain.SalesOrderStatus;
import org.primefaces.model.LazyDataModel;
import org.pharmadist.platform.web.PagedDataModel;

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
    private final PagedDataModel<SalesOrderSummary> orders = new PagedDataModel<>((sortBy, page) -> queries.search(search(), page), SalesOrderSummary::id);
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

    private SalesOrderSearch search() {
        Long id = org.pharmadist.crm.web.CustomerPicks.idOf(customer);
        return SalesOrderSearch.parse(id == null ? null : id.toString(), status, null, null);
    }
}
