package org.pharmadist.compliance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Suspicious order monitoring for controlled substances (21 CFR 1301.74(b): a registrant shall design and operate a
 * system to identify suspicious orders, "orders of unusual size, orders deviating substantially from a normal pattern,
 * and orders of unusual frequency"). One order line of a scheduled product is judged against the same customer's own
 * history for the product family (same active substance) over a rolling window:
 * <ul>
 * <li><b>size</b>: the line's quantity exceeds {@code sizeMultiple} x the customer's average quantity per order of that
 *     family in the window;</li>
 * <li><b>frequency</b>: the customer's orders of that family in the last 30 days (this one included) exceed
 *     {@code frequencyMultiple} x its average per 30 days over the window, and are at least 3;</li>
 * <li><b>first orders</b>: with no history in the window, the quantity exceeds {@code firstOrderCap}.</li>
 * </ul>
 * Quantities are in the product's stock unit (scale 3). The thresholds are configuration, not law: the regulation
 * names the criteria, each registrant sets its own numbers and documents them.
 *
 * @param sizeMultiple      e.g. 3: more than 3 x the rolling average is unusual in size
 * @param frequencyMultiple e.g. 2: more than twice the usual orders per 30 days is unusual in frequency
 * @param firstOrderCap     e.g. 100 (stock units): larger first orders of a family are held
 * @param windowDays        e.g. 180: the rolling window of the history
 */
public record SuspiciousOrderRule(BigDecimal sizeMultiple, BigDecimal frequencyMultiple, BigDecimal firstOrderCap,
        int windowDays) {

    /** Days of the "recent" frequency period. */
    public static final int RECENT_DAYS = 30;

    /**
     * The customer's history of one product family, before this order.
     *
     * @param orders        orders with a line of the family in the window (this order excluded)
     * @param quantity      their total quantity of the family, stock units
     * @param recentOrders  of those, orders in the last {@link #RECENT_DAYS} days
     */
    public record History(long orders, BigDecimal quantity, long recentOrders) {
        /** Average quantity per order, scale 3 HALF_UP; zero without orders. */
        public BigDecimal averagePerOrder() {
            return orders == 0 ? BigDecimal.ZERO.setScale(3) : quantity.divide(BigDecimal.valueOf(orders), 3, RoundingMode.HALF_UP);
        }
    }

    public SuspiciousOrderRule {
        if (sizeMultiple.signum() <= 0 || frequencyMultiple.signum() <= 0 || firstOrderCap.signum() < 0 || windowDays <= RECENT_DAYS) {
            throw new IllegalArgumentException("suspicious order thresholds must be positive and the window longer than "
                    + RECENT_DAYS + " days");
        }
    }

    /**
     * Why the line is suspicious, or empty when it is not.
     *
     * @param quantity the line's quantity in the stock unit
     * @param unit     the stock unit (X12 code), for the reason text
     * @param family   the product family, e.g. "hydromorphone hydrochloride", for the reason text
     * @param history  the customer's history of that family before this order
     * @return one sentence naming the figures, e.g. "120 EA of hydromorphone ... vs rolling 180-day average 20 EA per
     *         order x 3 (unusual size)"
     */
    public Optional<String> judge(BigDecimal quantity, String unit, String family, History history) {
        String q = quantity.stripTrailingZeros().toPlainString() + " " + unit;
        if (history.orders() == 0) {
            if (quantity.compareTo(firstOrderCap) > 0) {
                return Optional.of(q + " of " + family + " with no order of it in the last " + windowDays + " days: above the "
                        + "first-order cap of " + plain(firstOrderCap) + " " + unit + " (unusual size, 21 CFR 1301.74(b))");
            }
            return Optional.empty();
        }
        BigDecimal average = history.averagePerOrder();
        if (quantity.compareTo(average.multiply(sizeMultiple)) > 0) {
            return Optional.of(q + " of " + family + " vs rolling " + windowDays + "-day average " + plain(average) + " " + unit
                    + " per order x " + plain(sizeMultiple) + " (unusual size, 21 CFR 1301.74(b))");
        }
        long recent = history.recentOrders() + 1;
        BigDecimal usualPer30 = BigDecimal.valueOf(history.orders()).multiply(BigDecimal.valueOf(RECENT_DAYS))
                .divide(BigDecimal.valueOf(windowDays), 3, RoundingMode.HALF_UP);
        if (recent >= 3 && BigDecimal.valueOf(recent).compareTo(usualPer30.multiply(frequencyMultiple)) > 0) {
            return Optional.of(recent + " orders of " + family + " in " + RECENT_DAYS + " days vs usual " + plain(usualPer30)
                    + " per " + RECENT_DAYS + " days x " + plain(frequencyMultiple) + " (unusual frequency, 21 CFR 1301.74(b))");
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
