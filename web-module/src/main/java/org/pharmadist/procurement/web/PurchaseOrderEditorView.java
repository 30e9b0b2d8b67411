package org.pharmadist.procurement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.catalog.domain.WholeUnitConversion;
import org.pharmadist.platform.web.PortalMessages;
import org.pharmadist.procurement.application.PurchaseOrderLineRequest;
import org.pharmadist.procurement.application.PurchaseOrderService;
import org.pharmadist.procurement.application.PurchaseOrderView;

/**
 * The purchase-order editor ({@code procurement/purchase-order.xhtml?number=...}): add lines by NDC with the
 * quantity converted to whole purchase units shown beside the quantity field while typing, and the rounding
 * warning beside it; remove lines; send, confirm, cancel, close.
 */
@Named
@ViewScoped
public class PurchaseOrderEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("ndc", "lineForm:ndc", "quantity", "lineForm:quantity",
            "unit", "lineForm:unit", "unitCost", "lineForm:unitCost");

    @Inject
    transient PurchaseOrderService orders;

    private String number;
    private PurchaseOrderView order;
    private String ndc;
    private String quantity;
    private String unit;
    private String unitCost;
    private String conversion;

    /** View action: loads the order. */
    public void load() {
        try {
            order = orders.byNumber(number);
        } catch (RuntimeException e) {
            order = null;
            PortalMessages.show(e);
        }
    }

    /** Ajax on NDC, quantity or unit: shows the converted quantity and the rounding warning beside the field. */
    public void preview() {
        conversion = null;
        if (ndc == null || ndc.isBlank() || quantity == null || quantity.isBlank()) {
            return;
        }
        try {
            WholeUnitConversion c = orders.previewConversion(ndc, quantity, unit);
            conversion = "= " + c.converted() + " (" + c.inStockUnits() + ")";
            c.warning().ifPresent(w -> FieldMessages.warn("lineForm:quantity", w));
        } catch (RuntimeException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    /** Adds the line; a rounding warning stays beside the quantity field. */
    public void addLine() {
        try {
            order = orders.addLine(number, new PurchaseOrderLineRequest(ndc, quantity, unit, unitCost, order.version()));
            if (order.warnings().isEmpty()) {
                FieldMessages.info("Line added.");
            } else {
                order.warnings().forEach(w -> FieldMessages.warn("lineForm:quantity", w));
            }
            conversion = null;
            ndc = null;
            quantity = null;
            unit = null;
            unitCost = null;
        } catch (RuntimeException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    /** Removes a line. */
    public void removeLine(int lineNumber) {
        act(() -> orders.removeLine(number, lineNumber, order.version()), "Line " + lineNumber + " removed.");
    }

    public void send() {
        act(() -> orders.send(number, order.version()), "Purchase order sent.");
    }

    public void confirm() {
        act(() -> orders.confirm(number, order.version()), "Purchase order confirmed by the supplier.");
    }

    public void cancel() {
        act(() -> orders.cancel(number, order.version()), "Purchase order cancelled.");
    }

    public void close() {
        act(() -> orders.close(number, order.version()), "Purchase order closed.");
    }

    private void act(java.util.function.Supplier<PurchaseOrderView> action, String done) {
        try {
            order = action.get();
            FieldMessages.info(done);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            load();
        }
    }

    public List<String> getUnits() {
        return Arrays.stream(UnitOfMeasure.values()).map(Enum::name).toList();
    }

    public boolean isDraft() {
        return order != null && "DRAFT".equals(order.status());
    }

    public boolean isReceivable() {
        return order != null && List.of("SENT", "CONFIRMED", "PARTIALLY_RECEIVED").contains(order.status());
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public PurchaseOrderView getOrder() { return order; }
    public String getNdc() { return ndc; }
    public void setNdc(String ndc) { this.ndc = ndc; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getUnitCost() { return unitCost; }
    public void setUnitCost(String unitCost) { this.unitCost = unitCost; }
    /** "= 2 BX (60 EA)" beside the quantity field, or null. */
    public String getConversion() { return conversion; }
}
