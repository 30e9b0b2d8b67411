package org.pharmadist.sales.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.sales.application.HoldDecision;
import org.pharmadist.sales.application.OrderHoldView;
import org.pharmadist.sales.application.PricingService;
import org.pharmadist.sales.application.SalesOrderLineRequest;
import org.pharmadist.sales.application.SalesOrderLineView;
import org.pharmadist.sales.application.SalesOrderQueryService;
import org.pharmadist.sales.application.SalesOrderRequest;
import org.pharmadist.sales.application.SalesOrderService;
import org.pharmadist.sales.application.SalesOrderView;
import org.pharmadist.sales.application.ShipmentService;
import org.pharmadist.sales.application.ShipmentSummary;
import org.pharmadist.sales.application.ShipmentView;

/**
 * Sales order entry and detail: pick a customer and start a DRAFT (customer PO reference, requested delivery date),
 * add lines by NDC, GTIN or name search with a live preview of the line (same money rules and price precedence as the
 * service), confirm (ATP check, FEFO allocation, backorders, credit check, compliance gates), cancel (reservations
 * released); per line the allocated, backordered and shipped quantities in the stock unit; the holds with kind and
 * reason, released or rejected with a written reason by a user holding the hold's permission; the order's shipments
 * and "Create shipment" for allocated lines. Service errors are shown beside the fields.
 */
@Named
@ViewScoped
public class SalesOrderEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SalesOrderService orders;

    @Inject
    transient ShipmentService shipments;

    @Inject
    transient SalesOrderQueryService queries;

    @Inject
    transient PricingService pricing;

    private Long id;
    private String customer;
    private String customerPoReference;
    private String requestedDeliveryDate;
    private SalesOrderView order;
    private String deaOrderFormType = "FORM_222";
    private String deaOrderFormNumber;
    private List<ShipmentSummary> orderShipments = List.of();

    private String product;
    private String quantity;
    private String unit;
    private String discountPercent;
    private String taxRatePercent;
    private String preview;
    private final Map<Long, String> decisionReasons = new HashMap<>();

    /** Loads the order of {@code ?id=}, or preselects {@code ?customer=} for a new one. */
    public void load() {
        if (id != null) {
            try {
                order = orders.get(id);
                orderShipments = queries.shipments(order.id(), null, 50);
            } catch (RuntimeException e) {
                PortalMessages.show(e);
            }
        }
    }

    /** Starts a DRAFT order for the chosen customer and opens it. */
    public void start() throws IOException {
        Long customerId = org.pharmadist.crm.web.CustomerPicks.idOf(customer);
        if (customerId == null) {
            SalesPortal.field("order:customer", "Choose a customer (type a name and pick one, or a customer id)");
            return;
        }
        try {
            SalesOrderView created = orders.create(new SalesOrderRequest(customerId, blankToNull(requestedDeliveryDate),
                    blankToNull(customerPoReference), null, null, null, List.of()));
            redirect(created.id(), "Sales order " + created.number() + " started");
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of("customerId", "order:customer", "requestedDeliveryDate", "order:requestedDeliveryDate",
                    "customerPoReference", "order:customerPoReference"));
        }
    }

    /** Live preview of the line being entered: price found by precedence, net, tax, total. */
    public void updatePreview() {
        preview = null;
        if (order == null || SalesPortal.blank(product) || SalesPortal.blank(quantity)) {
            return;
        }
        try {
            preview = SalesPortal.preview(pricing, order.customerId(), product, quantity, unit, discountPercent, taxRatePercent).text();
        } catch (NumberFormatException e) {
            preview = "Enter numbers for quantity, discount and tax rate";
        } catch (BusinessException e) {
            preview = e.getMessage();
        } catch (RuntimeException e) {
            preview = null;
        }
    }

    /** Adds the line being entered (on a confirmed order it is allocated at once, after the credit check and gates). */
    public void addLine() {
        if (order == null) {
            return;
        }
        try {
            order = orders.addLine(order.id(), order.version(), new SalesOrderLineRequest(SalesPortal.ndcOf(product), quantity,
                    blankToNull(unit), null, discountPercent, taxRatePercent));
            product = null;
            quantity = null;
            unit = null;
            discountPercent = null;
            preview = null;
            SalesPortal.info("Line added");
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of("ndc", "order:product", "quantity", "order:quantity", "unit", "order:unit",
                    "discountPercent", "order:discount", "taxRatePercent", "order:taxRate"));
        }
    }

    /** Confirms the DRAFT: prices frozen, stock allocated FEFO, the rest backordered; holds when a gate says so. */
    public void confirm() {
        try {
            order = orders.confirm(order.id(), order.version());
            SalesPortal.info("Sales order " + order.number() + " is " + order.status()
                    + (order.holds().stream().anyMatch(h -> "OPEN".equals(h.status())) ? " (see the holds below)" : ""));
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of());
            reload();
        }
    }

    /** Tries again to allocate backordered lines from stock received since. */
    public void reallocate() {
        try {
            order = orders.reallocate(order.id(), order.version());
            SalesPortal.info("Reallocated: order is " + order.status());
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of());
        }
    }

    /** Cancels what is not shipped; reservations are released. */
    public void cancel() {
        try {
            order = orders.cancel(order.id(), order.version());
            SalesPortal.info("Sales order " + order.number() + " cancelled; its reservations are released");
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of());
        }
    }

    /** Releases an open hold with the reason typed beside it (required). */
    public void release(long holdId) {
        decide(holdId, true);
    }

    /** Rejects an open hold with the reason typed beside it (required): the held line or order is cancelled. */
    public void reject(long holdId) {
        decide(holdId, false);
    }

    private void decide(long holdId, boolean release) {
        String reason = decisionReasons.get(holdId);
        int row = rowOf(holdId);
        if (SalesPortal.blank(reason)) {
            SalesPortal.field("order:holds:" + row + ":decisionReason", "Give the reason for the decision");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            HoldDecision d = new HoldDecision(order.version(), reason.strip());
            order = release ? orders.releaseHold(order.id(), holdId, d) : orders.rejectHold(order.id(), holdId, d);
            decisionReasons.remove(holdId);
            SalesPortal.info("Hold " + (release ? "released" : "rejected") + ": order is " + order.status());
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of("reason", "order:holds:" + row + ":decisionReason"));
        }
    }

    /** True while the order has an open DEA_ORDER_FORM hold (a schedule I/II line waits for its Form 222 / CSOS). */
    public boolean isDeaOrderFormNeeded() {
        return order != null && order.holds().stream().anyMatch(h -> "DEA_ORDER_FORM".equals(h.kind()) && "OPEN".equals(h.status()));
    }

    /** Records the DEA Form 222 serial or CSOS order number; the order's DEA_ORDER_FORM holds are released by it. */
    public void recordDeaOrderForm() {
        try {
            order = orders.recordDeaOrderForm(order.id(), order.version(),
                    new SalesOrderRequest.DeaOrderFormRequest(deaOrderFormType, deaOrderFormNumber));
            deaOrderFormNumber = null;
            SalesPortal.info("DEA order form recorded: order is " + order.status());
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of("deaOrderForm.type", "order:deaOrderFormType", "deaOrderForm.number",
                    "order:deaOrderFormNumber"));
        }
    }

    /** Creates a shipment (pick list by lot and location) from the allocated lines and opens it. */
    public void createShipment() throws IOException {
        try {
            ShipmentView s = shipments.createFromOrder(order.id(), order.version());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            SalesPortal.info("Shipment " + s.number() + " created: pick list below");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/sales/shipment.xhtml?id=" + s.id());
        } catch (RuntimeException e) {
            SalesPortal.show(e, Map.of());
        }
    }

    private int rowOf(long holdId) {
        List<OrderHoldView> holds = order.holds();
        for (int i = 0; i < holds.size(); i++) {
            if (holds.get(i).id() == holdId) {
                return i;
            }
        }
        return 0;
    }

    private void reload() {
        try {
            order = orders.get(order.id());
        } catch (RuntimeException ignored) {
            // the message of the first failure is shown already
        }
    }

    private void redirect(long orderId, String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        SalesPortal.info(message);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/sales/order.xhtml?id=" + orderId);
    }

    /** Quantity in the stock unit, e.g. "12 EA". */
    public String stock(BigDecimal quantity, SalesOrderLineView line) {
        return SalesPortal.plain(quantity) + " " + line.stockUnit();
    }

    public String money(BigDecimal amount) {
        return SalesPortal.money(amount);
    }

    public String plain(BigDecimal value) {
        return SalesPortal.plain(value);
    }

    public boolean isDraft() {
        return order != null && "DRAFT".equals(order.status());
    }

    /** Lines may be added while the order is DRAFT or CONFIRMED. */
    public boolean isOpenForLines() {
        return order != null && ("DRAFT".equals(order.status()) || "CONFIRMED".equals(order.status()));
    }

    public boolean isCancellable() {
        return order != null && !List.of("SHIPPED", "CANCELLED").contains(order.status());
    }

    /** Whether any line has an allocation not yet shipped. */
    public boolean isShippable() {
        return order != null && order.lines().stream().anyMatch(l -> l.allocatedQuantity() != null && l.allocatedQuantity().signum() > 0);
    }

    public boolean isBackordered() {
        return order != null && order.lines().stream().anyMatch(l -> l.backorderedQuantity() != null && l.backorderedQuantity().signum() > 0);
    }

    private static String blankToNull(String s) {
        return SalesPortal.blank(s) ? null : s.strip();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public String getCustomerPoReference() { return customerPoReference; }
    public void setCustomerPoReference(String customerPoReference) { this.customerPoReference = customerPoReference; }
    public String getRequestedDeliveryDate() { return requestedDeliveryDate; }
    public void setRequestedDeliveryDate(String requestedDeliveryDate) { this.requestedDeliveryDate = requestedDeliveryDate; }
    public SalesOrderView getOrder() { return order; }
    public List<ShipmentSummary> getOrderShipments() { return orderShipments; }
    public String getDeaOrderFormType() { return deaOrderFormType; }
    public void setDeaOrderFormType(String deaOrderFormType) { this.deaOrderFormType = deaOrderFormType; }
    public String getDeaOrderFormNumber() { return deaOrderFormNumber; }
    public void setDeaOrderFormNumber(String deaOrderFormNumber) { this.deaOrderFormNumber = deaOrderFormNumber; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(String discountPercent) { this.discountPercent = discountPercent; }
    public String getTaxRatePercent() { return taxRatePercent; }
    public void setTaxRatePercent(String taxRatePercent) { this.taxRatePercent = taxRatePercent; }
    public String getPreview() { return preview; }
    public Map<Long, String> getDecisionReasons() { return decisionReasons; }
}
