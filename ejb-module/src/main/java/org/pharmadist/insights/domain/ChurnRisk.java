package org.pharmadist.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A customer's order frequency against its own history.
 *
 * <p>From the customer's order days (one per day with an order): the <em>baseline</em> rate is the number of order
 * days before the recent window divided by the days from the first order to the window's start; the <em>recent</em>
 * rate is the order days in the last {@code windowDays} (today included) divided by {@code windowDays};
 * {@code ratio = recent / baseline}. The mean interval is the average gap between consecutive order days.
 *
 * <p>Level: HIGH when {@code ratio <= 0.25} or the days since the last order exceed 3 mean intervals; MEDIUM when
 * {@code ratio <= 0.6} or they exceed 2 mean intervals; otherwise LOW. Only assessed with at least 3 order days
 * before the window (less history says nothing about a habit).
 */
public final class ChurnRisk {

    /** Minimum order days before the recent window. */
    public static final int MIN_BASELINE_ORDERS = 3;

    private ChurnRisk() {
    }

    /** Churn risk level. */
    public enum Level { LOW, MEDIUM, HIGH }

    /**
     * Assesses one customer; empty when its history is too short.
     *
     * @param orderDays  days with an order (any order, duplicates ignored), business dates
     * @param today      business date
     * @param windowDays recent window in days (&gt; 0, PharmaDist default 90)
     */
    public static Optional<Assessment> assess(List<LocalDate> orderDays, LocalDate today, int windowDays) {
        TreeSet<LocalDate> days = new TreeSet<>(orderDays);
        days.removeIf(d -> d.isAfter(today));
        LocalDate windowStart = today.minusDays(windowDays - 1L);
        int baseline = days.headSet(windowStart, false).size();
        if (baseline < MIN_BASELINE_ORDERS) {
            return Optional.empty();
        }
        int recent = days.size() - baseline;
        long baselineDays = Math.max(1, ChronoUnit.DAYS.between(days.first(), windowStart));
        double baselineRate = (double) baseline / baselineDays;
        double recentRate = (double) recent / windowDays;
        double ratio = recentRate / baselineRate;
        double meanInterval = (double) ChronoUnit.DAYS.between(days.first(), days.last()) / (days.size() - 1);
        long sinceLast = ChronoUnit.DAYS.between(days.last(), today);
        Level level;
        if (ratio <= 0.25 || sinceLast > 3 * meanInterval) {
            level = Level.HIGH;
        } else if (ratio <= 0.6 || sinceLast > 2 * meanInterval) {
            level = Level.MEDIUM;
        } else {
            level = Level.LOW;
        }
        return Optional.of(new Assessment(baseline, recent, baselineRate, recentRate, ratio, meanInterval, sinceLast, level));
    }

    /**
     * @param baselineOrders     order days before the window
     * @param recentOrders       order days in the window
     * @param baselinePerDay     order days per day before the window
     * @param recentPerDay       order days per day in the window
     * @param ratio              recent / baseline
     * @param meanIntervalDays   mean gap between order days
     * @param daysSinceLastOrder today - last order day
     * @param level              churn risk
     */
    public record Assessment(int baselineOrders, int recentOrders, double baselinePerDay, double recentPerDay,
            double ratio, double meanIntervalDays, long daysSinceLastOrder, Level level) {
    }
}
