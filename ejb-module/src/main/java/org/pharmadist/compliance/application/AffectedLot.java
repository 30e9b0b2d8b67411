package org.pharmadist.compliance.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of our lots a recall touches, with its quantities in the product's stock unit (scale 3).
 *
 * @param matchedBy   LOT_NUMBER (the report names the lot), ALL_LOTS (the report recalls all lots of the NDC) or
 *                    LOTS_UNREADABLE (the report's lots could not be read: every lot of the NDC is shown, to be judged)
 * @param lotStatus   AVAILABLE, QUARANTINE, EXPIRED, RECALLED, DAMAGED
 * @param onHand      in stock now, all locations
 * @param reserved    of which reserved for demands (allocated to orders)
 * @param shipped     left our warehouses (SHIPMENT ledger entries), ever
 * @param returned    came back from customers (RETURN ledger entries), ever
 * @param unit        the stock unit, ASC X12 code
 * @param warehouses  warehouse codes holding stock of the lot, comma-separated (empty when none)
 */
public record AffectedLot(long lotId, long productId, String ndc, String productName, String lotNumber,
        LocalDate expiryDate, String lotStatus, String matchedBy, BigDecimal onHand, BigDecimal reserved,
        BigDecimal shipped, BigDecimal returned, String unit, String warehouses) {

    /** True while stock of the lot is in our warehouses. */
    public boolean inStock() {
        return onHand.signum() > 0;
    }
}
