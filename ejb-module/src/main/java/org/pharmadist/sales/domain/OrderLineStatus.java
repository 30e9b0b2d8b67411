package org.pharmadist.sales.domain;

/**
 * Status of a {@link SalesOrderLine}: OPEN (not yet allocated: draft, or order on hold), ALLOCATED (the whole
 * unshipped quantity is reserved), BACKORDERED (part or all of it waits for stock; {@code reallocate} fills it),
 * ON_HOLD (a line-level hold is open; nothing reserved for it), SHIPPED (all shipped), CANCELLED.
 */
public enum OrderLineStatus {
    OPEN, ALLOCATED, BACKORDERED, ON_HOLD, SHIPPED, CANCELLED
}
