package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import org.pharmadist.procurement.domain.PurchaseOrderLine;

/**
 * A purchase-order line. Quantities scale 3: {@code quantity}/{@code receivedQuantity}/{@code openQuantity} in
 * {@code unit} (the purchase unit), {@code quantityInStockUnits} in {@code stockUnit}; {@code requestedQuantity}
 * in {@code requestedUnit} is what the user asked for before rounding. Unit cost per purchase unit, scale 5;
 * line amount scale 2.
 */
public record PurchaseOrderLineView(int lineNumber, long productId, String ndc, String gtin14, String productName,
        BigDecimal requestedQuantity, String requestedUnit, BigDecimal quantity, String unit,
        BigDecimal stockUnitsPerUnit, BigDecimal quantityInStockUnits, String stockUnit, BigDecimal unitCost,
        BigDecimal lineAmount, BigDecimal receivedQuantity, BigDecimal openQuantity, boolean prescription,
        boolean serialised) {

    static PurchaseOrderLineView of(PurchaseOrderLine l) {
        var p = l.product();
        return new PurchaseOrderLineView(l.lineNumber(), p.id(), PurchaseOrderLine.ndc(p), p.gtin14(), p.name(),
                l.requested().amount(), l.requested().unit().name(), l.quantity(), l.unit().name(),
                l.stockUnitsPerUnit(), l.quantityInStockUnits(), p.stockUnit().name(), l.unitCost(), l.lineAmount(),
                l.receivedQuantity(), l.openQuantity(), p.isPrescription(), p.serialised());
    }
}
