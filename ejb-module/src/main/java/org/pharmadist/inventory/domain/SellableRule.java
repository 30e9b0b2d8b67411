package org.pharmadist.inventory.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * THE rule deciding whether stock of a lot may be sold, used by every screen, report, allocation and shipment
 * (Java through {@link #isSellable}, SQL through {@link #SQL_PREDICATE}, which states the same rule).
 *
 * <p>A lot is sellable on business day {@code D} (the date in the company time zone,
 * {@code PharmaDistSettings#timeZone()}) when its status is allocatable ({@link LotStatus#isAllocatable()}) and its
 * expiry date is on or after {@code D}: a lot expiring on 2026-10-30 is sellable all through that day and not on
 * 2026-10-31 (21 CFR 211.137: a drug may not be dispensed after its expiration date). With a minimum remaining shelf
 * life of {@code m} days (a customer's need), it is sellable when the remaining shelf life
 * {@code expiry - D} is at least {@code m}, i.e. {@code expiry >= D + m}. A lot without an expiry date (only
 * non-prescription products) never expires.
 *
 * <p>The rule never depends on a job having set status EXPIRED: it judges the date itself.
 */
public final class SellableRule {

    /**
     * SQL form of the rule over a lot aliased {@code l}; bind the earliest acceptable expiry
     * ({@link #earliestAcceptableExpiry}) as the one parameter, e.g.
     * {@code "... WHERE " + SQL_PREDICATE.replace("?", ":minExpiry")}.
     */
    public static final String SQL_PREDICATE = "(l.status = 'AVAILABLE' AND (l.expiry_date IS NULL OR l.expiry_date >= ?))";

    private SellableRule() {
    }

    /** The first expiry date that still satisfies the rule on {@code today} with {@code minShelfLifeDays}. */
    public static LocalDate earliestAcceptableExpiry(LocalDate today, int minShelfLifeDays) {
        if (minShelfLifeDays < 0) {
            throw new IllegalArgumentException("minimum shelf life must be zero or more days");
        }
        return today.plusDays(minShelfLifeDays);
    }

    /** True when stock of a lot with this status and expiry may be sold on {@code today} (no shelf-life need). */
    public static boolean isSellable(LotStatus status, LocalDate expiry, LocalDate today) {
        return isSellable(status, expiry, today, 0);
    }

    /** True when stock of a lot may be sold on {@code today} to a customer needing {@code minShelfLifeDays}. */
    public static boolean isSellable(LotStatus status, LocalDate expiry, LocalDate today, int minShelfLifeDays) {
        return status.isAllocatable()
                && (expiry == null || !expiry.isBefore(earliestAcceptableExpiry(today, minShelfLifeDays)));
    }

    /** True when the lot is past its expiry date on {@code today} (expiry before today). */
    public static boolean isExpired(LocalDate expiry, LocalDate today) {
        return expiry != null && expiry.isBefore(today);
    }

    /**
     * Remaining shelf life in days: {@code expiry - today} (0 on the expiry day, negative once expired); null when the
     * lot has no expiry.
     */
    public static Long remainingShelfLifeDays(LocalDate expiry, LocalDate today) {
        return expiry == null ? null : ChronoUnit.DAYS.between(today, expiry);
    }
}
