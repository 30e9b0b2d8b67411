package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the purchase-order list (one query, read source). */
public record PurchaseOrderSummary(long id, String number, String supplierCode, String supplierName,
        long warehouseId, LocalDate orderDate, LocalDate expectedDate, String status, String currency,
        BigDecimal totalAmount, int lineCount) {
}
