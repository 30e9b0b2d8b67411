package org.pharmadist.catalog.domain;

/**
 * Storage condition a product's label requires (USP General Chapter 659 "Packaging and Storage
 * Requirements"), and the condition a warehouse location provides. A product may only be put away in
 * a location whose condition {@link #accepts(StorageCondition) accepts} it.
 */
public enum StorageCondition {
    /** Controlled room temperature, 20-25 C (excursions 15-30 C permitted). */
    ROOM_TEMPERATURE("Room temperature 20-25 C"),
    /** Refrigerated, 2-8 C. */
    REFRIGERATED("Refrigerated 2-8 C"),
    /** Frozen, -25 to -10 C. */
    FROZEN("Frozen -25 to -10 C");

    private final String label;

    StorageCondition(String label) {
        this.label = label;
    }

    /** Human-readable label with the temperature range, e.g. "Refrigerated 2-8 C". */
    public String label() {
        return label;
    }

    /**
     * True when a location with this condition may hold a product that requires {@code required}:
     * only the same condition (a refrigerator is not a freezer, and room-temperature products must not be
     * refrigerated unless their label says so).
     */
    public boolean accepts(StorageCondition required) {
        return this == required;
    }
}
