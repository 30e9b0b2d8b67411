package org.pharmadist.inventory.application;

import java.math.BigDecimal;

/**
 * A physical count of one lot in one location.
 *
 * @param lotId           lot
 * @param locationId      location
 * @param countedQuantity counted quantity in the stock unit, zero or more
 * @param reasonCode      reason for a difference, one of {@link CycleCountRequest#REASON_CODES}; required when the
 *                        count differs from on hand
 * @param reference       count document, e.g. "CC-2026-11-29-01", may be null
 */
public record CycleCountRequest(long lotId, long locationId, BigDecimal countedQuantity, String reasonCode,
        String reference) {

    /** Accepted adjustment reason codes. */
    public static final java.util.List<String> REASON_CODES = java.util.List.of("COUNT_DIFFERENCE", "DAMAGED", "LOST",
            "FOUND", "EXPIRED_DESTROYED", "SAMPLE", "OTHER");
}
