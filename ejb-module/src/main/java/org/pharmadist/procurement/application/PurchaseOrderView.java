package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.procurement.domain.PurchaseOrder;

/**
 * A purchase order with its lines. {@code warnings} lists quantities rounded up to whole purchase units by the
 * request that produced this answer (empty on reads).
 */
public record PurchaseOrderView(long id, String number, String supplierCode, String supplierName, long warehouseId,
        LocalDate orderDate, LocalDate expectedDate, String status, String currency, BigDecimal totalAmount,
        long version, List<PurchaseOrderLineView> lines, List<String> warnings) {

    static PurchaseOrderView of(PurchaseOrder po, List<String> warnings) {
        return new PurchaseOrderView(po.id(), po.number(), po.supplier().code(), po.supplier().name(), po.warehouseId(),
                po.orderDate(), po.expectedDate(), po.status().name(), po.currency(), po.totalAmount(), po.version(),
                po.lines().stream().map(PurchaseOrderLineView::of).toList(), List.copyOf(warnings));
    }
}
