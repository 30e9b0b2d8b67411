package org.pharmadist.sales.domain;

/**
 * Status of a {@link SalesOrder}: DRAFT (lines editable, nothing reserved) -> CONFIRMED (prices frozen, stock
 * allocated FEFO or backordered) -> PARTIALLY_SHIPPED -> SHIPPED; ON_HOLD while an order-level hold (credit,
 * compliance) is open; CANCELLED (reservations released) from DRAFT, CONFIRMED or ON_HOLD, never after a shipment.
 */
public enum SalesOrderStatus {
    DRAFT, CONFIRMED, ON_HOLD, PARTIALLY_SHIPPED, SHIPPED, CANCELLED;

    /** True for orders whose unshipped value counts in the customer's credit exposure. */
    public boolean countsInExposure() {
        return this == CONFIRMED || this == ON_HOLD || this == PARTIALLY_SHIPPED;
    }
}
