package org.pharmadist.inventory.domain;

/**
 * Status of a lot (batch). Only {@link #AVAILABLE} lots can be allocated, and only through their
 * expiry date (see the inventory module's sellable rule); every other status blocks the lot's stock.
 */
public enum LotStatus {
    /** Released and sellable through its expiry date. */
    AVAILABLE,
    /** Held until a quality release (receipt of products that need release, suspect product, recall hold). */
    QUARANTINE,
    /** Past its expiry date; kept for return to the manufacturer or destruction. */
    EXPIRED,
    /** Subject to a manufacturer or FDA recall. */
    RECALLED,
    /** Physically damaged; awaiting destruction or return. */
    DAMAGED;

    /** True when stock of a lot in this status may be allocated (still subject to its expiry date). */
    public boolean isAllocatable() {
        return this == AVAILABLE;
    }
}
