package org.pharmadist.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * THE money rules of sales documents, in one place; every layer (service, REST, SOAP, portal) uses this class and no
 * other arithmetic.
 *
 * <ul>
 * <li>Amounts are {@link BigDecimal}s built from decimal text ({@link #amount(String)}), never from doubles.</li>
 * <li>line net = round(quantity x unit price x (1 - discount% / 100), 2, HALF_UP)</li>
 * <li>line tax = round(line net x tax rate% / 100, 2, HALF_UP)</li>
 * <li>line total = line net + line tax; document totals are sums of the rounded line amounts (never re-rounded).</li>
 * <li>Negative amounts round symmetrically: HALF_UP on the absolute value ({@code -0.005 -> -0.01}), which is what
 * {@link RoundingMode#HALF_UP} does.</li>
 * </ul>
 * Example: 16 x 348.35 with 4 % discount and 22 % tax gives net 5,350.66, tax 1,177.15, total 6,527.81.
 *
 * @param net   line net, scale 2
 * @param tax   line tax, scale 2
 * @param total net + tax, scale 2
 */
public record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal total) {

    /** Scale of money amounts (company currency, cents). */
    public static final int MONEY_SCALE = 2;
    /** Scale of unit prices (per sales unit), as {@code Product.UNIT_PRICE_SCALE}. */
    public static final int UNIT_PRICE_SCALE = 5;
    /** Scale of percentages (discount, tax rate). */
    public static final int PERCENT_SCALE = 4;
    /** Rounding of every money amount. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public LineAmounts {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
    }

    /** Zero amounts (an empty document). */
    public static final LineAmounts ZERO = new LineAmounts(money("0"), money("0"), money("0"));

    /**
     * The amounts of one line.
     *
     * @param quantity        quantity in the line's unit (any scale)
     * @param unitPrice       price per that unit (scale up to 5)
     * @param discountPercent line discount in percent, 0..100 (e.g. 4 for 4 %)
     * @param taxRatePercent  tax rate in percent, &gt;= 0 (e.g. 22 for 22 %)
     */
    public static LineAmounts of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent) {
        BigDecimal factor = BigDecimal.ONE.subtract(discountPercent.movePointLeft(2));
        BigDecimal net = round(quantity.multiply(unitPrice).multiply(factor));
        BigDecimal tax = round(net.multiply(taxRatePercent.movePointLeft(2)));
        return new LineAmounts(net, tax, net.add(tax));
    }

    /** Sum of two lines' (or a running total and a line's) amounts; no rounding happens here. */
    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.add(other.net), tax.add(other.tax), total.add(other.total));
    }

    /** Rounds to cents, HALF_UP (symmetric for negative amounts: -0.005 gives -0.01). */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, ROUNDING);
    }

    /** A money amount from decimal text, e.g. "348.35", scale 2 (more decimals round HALF_UP). */
    public static BigDecimal money(String text) {
        return round(new BigDecimal(text.strip()));
    }

    /** Any decimal from its text, never from a double. */
    public static BigDecimal amount(String text) {
        return new BigDecimal(text.strip());
    }

    /** A unit price at scale 5 (HALF_UP), e.g. a converted price per another unit. */
    public static BigDecimal unitPrice(BigDecimal price) {
        return price.setScale(UNIT_PRICE_SCALE, ROUNDING);
    }

    /** A percentage at scale 4. */
    public static BigDecimal percent(BigDecimal value) {
        return value.setScale(PERCENT_SCALE, ROUNDING);
    }

    /** 100 (percent), for range checks. */
    public static BigDecimal hundred() {
        return HUNDRED;
    }
}
