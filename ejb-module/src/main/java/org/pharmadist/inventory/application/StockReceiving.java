package org.pharmadist.inventory.application;

/**
 * The inventory side of a receipt, used by procurement (goods receipts) and sales (customer returns): books
 * the stock into a lot and location with one RECEIPT (or RETURN) entry in the stock ledger, in the caller's
 * transaction (MANDATORY), so a document and its stock are written together or not at all.
 *
 * <p>Implemented by the inventory module; callers inject it ({@code @Inject StockReceiving}).
 */
public interface StockReceiving {

    /**
     * Books received stock.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException   (400) lot number or expiry missing on a
     *         prescription product, non-positive quantity, serial numbers missing or not one per package on a
     *         serialised product, duplicate serial number
     * @throws org.pharmadist.platform.errors.RecordNotFoundException (404) unknown product or location
     * @throws org.pharmadist.platform.errors.BusinessException       (422, {@code storage-condition-mismatch}) the
     *         location's storage condition does not accept the product's (e.g. a refrigerated product into a
     *         room-temperature bin)
     */
    ReceivedStock receive(StockReceipt receipt);
}
