package org.pharmadist.procurement.domain;

/**
 * Life cycle of a purchase order: DRAFT (editable) -> SENT (to the supplier) -> CONFIRMED (by the supplier) ->
 * PARTIALLY_RECEIVED -> RECEIVED -> CLOSED; CANCELLED from DRAFT, SENT or CONFIRMED. A partially received order
 * can be closed short (the rest will not come).
 */
public enum PurchaseOrderStatus {
    DRAFT, SENT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    /** True while goods may be received against the order. */
    public boolean isReceivable() {
        return this == SENT || this == CONFIRMED || this == PARTIALLY_RECEIVED;
    }

    /** True for orders whose unreceived quantity still counts as on order (reorder planning). */
    public boolean isOpen() {
        return this == DRAFT || isReceivable();
    }
}
