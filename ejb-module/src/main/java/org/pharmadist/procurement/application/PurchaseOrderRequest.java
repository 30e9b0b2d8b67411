package org.pharmadist.procurement.application;

import java.util.List;

/**
 * A new purchase order (DRAFT).
 *
 * @param supplierCode  supplier code (required, active supplier)
 * @param warehouseId   destination warehouse id (inventory; required)
 * @param orderDate     yyyy-mm-dd, default today in the company time zone
 * @param expectedDate  yyyy-mm-dd, default order date + the supplier's lead time
 * @param lines         lines to add at once, may be empty
 */
public record PurchaseOrderRequest(String supplierCode, Long warehouseId, String orderDate, String expectedDate,
        List<PurchaseOrderLineRequest> lines) {
}
