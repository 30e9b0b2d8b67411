package org.pharmadist.inventory.domain;

/** Kind of a stock ledger entry; see {@link StockMovement} for the effect of each on the balance. */
public enum MovementType {
    /** Goods received into a lot and location: on hand +q. */
    RECEIPT,
    /** Stock reserved for a demand (FEFO allocation): reserved +q. */
    ALLOCATION,
    /** Reservation released (cancellation): reserved -q. */
    DEALLOCATION,
    /** Reserved stock picked for a demand (serials captured); no change of on hand or reserved. */
    PICK,
    /** Reserved stock left the warehouse: on hand -q and reserved -q. */
    SHIPMENT,
    /** Stock leaving a location for another: on hand -q. */
    TRANSFER_OUT,
    /** Stock arriving from another location: on hand +q. */
    TRANSFER_IN,
    /** Correction after a count, damage or loss, with a reason code: on hand +/- q. */
    ADJUSTMENT,
    /** Customer return put back into a lot and location: on hand +q. */
    RETURN
}
