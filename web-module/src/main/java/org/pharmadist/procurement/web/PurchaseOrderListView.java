package org.pharmadist.procurement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.PurchaseOrderRequest;
import org.pharmadist.procurement.application.PurchaseOrderService;
import org.pharmadist.procurement.application.PurchaseOrderSummary;
import org.pharmadist.procurement.application.PurchaseOrderView;
import org.pharmadist.procurement.application.SupplierSummary;

/** The purchase-order list ({@code procurement/purchase-orders.xhtml}) with a form to start a new order. */
@Named
@ViewScoped
public class PurchaseOrderListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 200;

    @Inject
    transient ProcurementQueryService queries;

    @Inject
    transient PurchaseOrderService orders;

    @Inject
    transient InventoryQueryService inventory;

    private String status = "OPEN";
    private List<PurchaseOrderSummary> purchaseOrders = List.of();
    private List<SupplierSummary> suppliers = List.of();
    private List<WarehouseView> warehouses = List.of();
    private String supplierCode;
    private Long warehouseId;

    @PostConstruct
    void init() {
        try {
            suppliers = queries.suppliers(null, new PageRequest(PageRequest.MAX_LIMIT, 0, null)).items().stream()
                    .filter(SupplierSummary::active).toList();
            warehouses = inventory.warehouses();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
        search();
    }

    /** Reloads the list for the chosen status. */
    public void search() {
        try {
            purchaseOrders = queries.purchaseOrders(status == null || status.isBlank() ? null : status, null,
                    new PageRequest(ROWS, 0, null)).items();
        } catch (RuntimeException e) {
            purchaseOrders = List.of();
            PortalMessages.show(e);
        }
    }

    /** Creates a DRAFT order and opens it in the editor. */
    public String create() {
        try {
            PurchaseOrderView po = orders.create(new PurchaseOrderRequest(supplierCode, warehouseId, null, null, List.of()));
            return "/procurement/purchase-order?faces-redirect=true&number=" + po.number();
        } catch (RuntimeException e) {
            FieldMessages.show(e, Map.of("supplierCode", "newOrderForm:supplier", "warehouseId", "newOrderForm:warehouse"));
            return null;
        }
    }

    public List<String> getStatuses() {
        return List.of("OPEN", "DRAFT", "SENT", "CONFIRMED", "PARTIALLY_RECEIVED", "RECEIVED", "CLOSED", "CANCELLED");
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<PurchaseOrderSummary> getPurchaseOrders() { return purchaseOrders; }
    public List<SupplierSummary> getSuppliers() { return suppliers; }
    public List<WarehouseView> getWarehouses() { return warehouses; }
    public String getSupplierCode() { return supplierCode; }
    public void setSupplierCode(String supplierCode) { this.supplierCode = supplierCode; }
    public Long getWarehouseId() { return warehouseId; }
    public void setWarehouseId(Long warehouseId) { this.warehouseId = warehouseId; }
}
