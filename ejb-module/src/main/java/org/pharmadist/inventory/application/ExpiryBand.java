package org.pharmadist.inventory.application;

import org.pharmadist.inventory.domain.SellableRule;

/**
 * How close a lot is to its expiry date, for highlighting on screens. Judged from the remaining shelf life that the
 * query services compute ({@code expiry - today} in the company time zone, {@link SellableRule#remainingShelfLifeDays})
 * with the same criteria as the services: expired as {@link SellableRule#isExpired} (past the expiry date; a lot is
 * still sellable on its expiry day, 21 CFR 211.137), near expiry as the near-expiry report
 * ({@link InventoryQueryService#nearExpiry}: expiry on or before today + horizon).
 */
public enum ExpiryBand {
    /** Past its expiry date: never sellable. */
    EXPIRED,
    /** Expires within the horizon (today included). */
    NEAR_EXPIRY,
    /** Expires after the horizon. */
    IN_DATE,
    /** The lot has no expiry date (non-prescription products only). */
    NO_EXPIRY;

    /**
     * The band of a lot.
     *
     * @param daysToExpiry remaining shelf life in days (negative once expired), null when the lot has no expiry
     * @param horizonDays  near-expiry horizon in days, e.g. {@link InventoryQueryService#nearExpiryHorizonDays()}
     */
    public static ExpiryBand of(Long daysToExpiry, int horizonDays) {
        if (daysToExpiry == null) {
            return NO_EXPIRY;
        }
        if (daysToExpiry < 0) {
            return EXPIRED;
        }
        return daysToExpiry <= horizonDays ? NEAR_EXPIRY : IN_DATE;
    }
}
