package org.pharmadist.inventory.application;

import java.math.BigDecimal;

/**
 * Stock value of one product.
 *
 * @param productId   product
 * @param ndc11       NDC
 * @param productName name
 * @param onHand      on hand over all lots and locations, scale 3
 * @param unit        stock unit
 * @param averageCost moving average cost per stock unit, scale 5 (0 when no receipt had a cost)
 * @param value       onHand x averageCost, scale 2 HALF_UP
 */
public record ValuationLine(long productId, String ndc11, String productName, BigDecimal onHand, String unit,
        BigDecimal averageCost, BigDecimal value) { }
