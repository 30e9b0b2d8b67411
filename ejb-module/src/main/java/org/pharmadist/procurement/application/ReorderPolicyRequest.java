package org.pharmadist.procurement.application;

/**
 * Min/max levels of a product in a warehouse (created, or replaced when the pair exists).
 *
 * @param ndc                   product NDC or GTIN-14
 * @param warehouseId           warehouse (inventory id)
 * @param minQuantity           reorder point in the product's STOCK unit, decimal text, zero or more
 * @param maxQuantity           order-up-to level in the stock unit, not below the minimum
 * @param preferredSupplierCode supplier suggested for the order, optional
 * @param version               the version read when changing an existing policy (optimistic locking), optional
 */
public record ReorderPolicyRequest(String ndc, Long warehouseId, String minQuantity, String maxQuantity,
        String preferredSupplierCode, Long version) {
}
