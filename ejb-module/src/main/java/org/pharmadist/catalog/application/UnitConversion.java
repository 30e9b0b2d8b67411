package org.pharmadist.catalog.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The size of one unit of measure in the product's stock unit, e.g. {@code {"unit": "BX", "stockUnitsPerUnit": 30}}
 * for a box of 30 each.
 *
 * @param unit              ASC X12 unit-of-measure code (element 355): EA, BX, CA, BO, PK, CT, VI, TU, KT, ML, GM
 * @param stockUnitsPerUnit how many stock units one {@code unit} holds, &gt; 0, at most 3 decimals (scale 3 on output)
 */
public record UnitConversion(String unit, BigDecimal stockUnitsPerUnit) implements Serializable { }
