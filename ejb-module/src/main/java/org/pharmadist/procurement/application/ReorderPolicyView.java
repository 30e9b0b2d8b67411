package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import org.pharmadist.procurement.domain.PurchaseOrderLine;
import org.pharmadist.procurement.domain.ReorderPolicy;

/** A reorder policy; levels in {@code stockUnit}, scale 3. */
public record ReorderPolicyView(long id, long productId, String ndc, String productName, long warehouseId,
        BigDecimal minQuantity, BigDecimal maxQuantity, String stockUnit, String preferredSupplierCode, long version) {

    static ReorderPolicyView of(ReorderPolicy p) {
        return new ReorderPolicyView(p.id(), p.product().id(), PurchaseOrderLine.ndc(p.product()), p.product().name(),
                p.warehouseId(), p.minQuantity(), p.maxQuantity(), p.product().stockUnit().name(),
                p.preferredSupplier() == null ? null : p.preferredSupplier().code(), p.version());
    }
}
