package org.pharmadist.catalog.domain;

import org.pharmadist.platform.errors.InvalidInputException;

/** A quantity uses a unit of measure the product has no conversion for (400 {@code unit-not-defined}). */
public class UnitNotDefinedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public UnitNotDefinedException(String ndc11, UnitOfMeasure unit, UnitOfMeasure stockUnit) {
        super("unit-not-defined", "unit", "product " + ndc11 + " has no conversion from " + unit.name()
                + " to its stock unit " + stockUnit.name());
    }
}
