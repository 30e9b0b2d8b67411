package org.pharmadist.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A quantity with its unit of measure, e.g. 2 BX. The amount has scale {@link #SCALE} (3 decimals,
 * HALF_UP), enough for millilitre and gram units; counted units are whole numbers in practice.
 *
 * @param amount the amount, scale 3, never negative for document quantities (stock movements carry signs)
 * @param unit   the unit of measure
 */
public record Quantity(BigDecimal amount, UnitOfMeasure unit) {

    /** Scale of every quantity amount. */
    public static final int SCALE = 3;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A quantity from its decimal text, e.g. {@code Quantity.of("60", UnitOfMeasure.EA)}; never from a double. */
    public static Quantity of(String amount, UnitOfMeasure unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    /** A whole-number quantity. */
    public static Quantity of(long amount, UnitOfMeasure unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    /** True for a zero amount. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** "2 BX", "12.5 ML": the amount without trailing zeros, then the unit code. */
    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.name();
    }
}
