package org.pharmadist.inventory.domain;

/** Life of a {@link StockReservation}. */
public enum ReservationStatus {
    /** Stock reserved, not yet picked. */
    ALLOCATED,
    /** Picked (serials captured), not yet shipped. */
    PICKED,
    /** Left the warehouse. */
    SHIPPED,
    /** Released (demand cancelled); the stock is free again. */
    RELEASED
}
