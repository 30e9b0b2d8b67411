package org.pharmadist.procurement.application;

import java.math.BigDecimal;

/**
 * What to order for one product in one warehouse: available-to-promise plus open purchase-order quantity fell below
 * the minimum, so order up to the maximum, rounded UP to whole purchase units (then {@code warning} says so).
 *
 * @param availableToPromise     ATP in the stock unit (inventory), scale 3
 * @param onOrder                unreceived quantity of open purchase orders to this warehouse, stock unit, scale 3
 * @param suggestedQuantity      whole purchase units to order
 * @param suggestedStockQuantity what {@code suggestedQuantity} holds in the stock unit
 * @param supplierCode           preferred supplier, null when the policy names none
 */
public record ReorderSuggestion(long productId, String ndc, String productName, long warehouseId,
        BigDecimal availableToPromise, BigDecimal onOrder, BigDecimal minQuantity, BigDecimal maxQuantity,
        String stockUnit, BigDecimal suggestedQuantity, String purchaseUnit, BigDecimal suggestedStockQuantity,
        String supplierCode, String supplierName, String warning) {
}
