package org.pharmadist.catalog.domain;

import java.util.Optional;

/**
 * A quantity expressed in whole units of another unit of measure of the same product, e.g. 60 EA as
 * 2 BX on a product with BX = 30 EA. When the quantity is not a whole number of the target unit it is
 * rounded <em>up</em> (45 EA becomes 2 BX = 60 EA) and {@link #warning()} says so; it is never
 * reinterpreted in the target unit (45 EA never becomes 45 BX).
 *
 * @param requested    the quantity as given
 * @param converted    whole target units, scale 3
 * @param inStockUnits what {@code converted} holds in the stock unit
 * @param roundedUp    true when {@code converted} holds more than {@code requested}
 */
public record WholeUnitConversion(Quantity requested, Quantity converted, Quantity inStockUnits, boolean roundedUp) {

    /** "45 EA is not a whole number of BX (1 BX = 30 EA); rounded up to 2 BX = 60 EA", when rounded. */
    public Optional<String> warning() {
        if (!roundedUp) {
            return Optional.empty();
        }
        return Optional.of(requested + " is not a whole number of " + converted.unit().name() + "; rounded up to "
                + converted + " = " + inStockUnits);
    }
}
