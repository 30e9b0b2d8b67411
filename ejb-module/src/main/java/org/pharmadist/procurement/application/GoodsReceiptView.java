package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.procurement.domain.GoodsReceipt;
import org.pharmadist.procurement.domain.PurchaseOrderLine;

/**
 * A goods receipt with what inventory booked per line ({@code stockStatus} QUARANTINE for products that need a
 * quality release). Quantities scale 3: {@code quantity} in {@code unit} (the order line's purchase unit),
 * {@code quantityStock} in {@code stockUnit}.
 */
public record GoodsReceiptView(long id, String number, String purchaseOrderNumber, String purchaseOrderStatus,
        long warehouseId, Instant receivedAt, String receivedBy, String deliveryNote, List<Line> lines) {

    /** One received lot. */
    public record Line(int purchaseOrderLineNumber, String ndc, String productName, long locationId, String lotNumber,
            LocalDate expiryDate, BigDecimal quantity, String unit, BigDecimal quantityStock, String stockUnit,
            List<String> serialNumbers, Long lotId, String stockStatus) { }

    static GoodsReceiptView of(GoodsReceipt r) {
        return new GoodsReceiptView(r.id(), r.number(), r.purchaseOrder().number(), r.purchaseOrder().status().name(),
                r.warehouseId(), r.receivedAt(), r.receivedBy(), r.deliveryNote(), r.lines().stream().map(l -> new Line(
                        l.orderLine().lineNumber(), PurchaseOrderLine.ndc(l.product()), l.product().name(), l.locationId(),
                        l.lotNumber(), l.expiryDate(), l.quantity(), l.unit().name(), l.quantityStock(),
                        l.product().stockUnit().name(), l.serialNumbers(), l.lotId(), l.stockStatus())).toList());
    }
}
