package org.pharmadist.catalog.domain;

/** Where a product's DEA schedule came from, so users can tell a listed schedule from an inferred one. */
public enum DeaScheduleSource {
    /** Stated by the labeler in the source row for this very product (FDA NDC listing DEASCHEDULE). */
    LABELER_LISTING,
    /**
     * Inferred from the product's active substance, using the schedules labelers list for that substance
     * as a bulk ingredient (FDA NDC Directory). Combination products can legally sit in a lower schedule,
     * so a derived schedule is a conservative hint to be confirmed, not a listing.
     */
    DERIVED_FROM_SUBSTANCE
}
