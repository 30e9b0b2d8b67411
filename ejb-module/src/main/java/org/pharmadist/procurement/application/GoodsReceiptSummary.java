package org.pharmadist.procurement.application;

import java.time.Instant;

/** A row of the goods-receipt list (read source). */
public record GoodsReceiptSummary(long id, String number, String purchaseOrderNumber, String supplierCode,
        long warehouseId, Instant receivedAt, String receivedBy, int lineCount) {
}
