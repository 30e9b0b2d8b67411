package org.pharmadist.inventory.domain;

/** What a warehouse location is used for. */
public enum LocationType {
    /** Dock where goods arrive before put-away. */
    RECEIVING,
    /** Pickable storage (shelf, rack, refrigerator, freezer). */
    STORAGE,
    /** Segregated area for quarantined, recalled or damaged stock (21 CFR 211.142, 205.50). */
    QUARANTINE,
    /** Outbound staging. */
    SHIPPING
}
