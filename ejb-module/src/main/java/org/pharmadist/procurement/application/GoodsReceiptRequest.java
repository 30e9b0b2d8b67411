package org.pharmadist.procurement.application;

import java.util.List;

/**
 * A delivery received against a purchase order.
 *
 * @param purchaseOrderNumber e.g. "PO-2026-000123" (SENT, CONFIRMED or PARTIALLY_RECEIVED)
 * @param deliveryNote        the supplier's packing slip number, optional, at most 60 characters
 * @param lines               at least one
 */
public record GoodsReceiptRequest(String purchaseOrderNumber, String deliveryNote, List<GoodsReceiptLineRequest> lines) {

    /**
     * One received lot of one order line.
     *
     * @param lineNumber    purchase-order line number
     * @param locationId    put-away location (inventory)
     * @param barcode       optional GS1 DataMatrix element string as scanned (GS separators, ]d2 prefix) or typed
     *                      "(01)...(17)...(10)...(21)..."; its GTIN must be the line's product; it fills lot, expiry
     *                      and one serial number where those are not given (and must agree where they are)
     * @param lotNumber     manufacturer's lot number, at most 20 characters; mandatory for prescription products
     * @param expiryDate    yyyy-mm-dd; mandatory for prescription products; not in the past (company time zone)
     * @param quantity      decimal text greater than zero
     * @param unit          unit of the quantity, default the order line's purchase unit
     * @param serialNumbers one per package (stock unit) for serialised products
     */
    public record GoodsReceiptLineRequest(Integer lineNumber, Long locationId, String barcode, String lotNumber,
            String expiryDate, String quantity, String unit, List<String> serialNumbers) { }
}
