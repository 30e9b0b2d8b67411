package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Stock valuation at moving average cost.
 *
 * @param asOf     when computed
 * @param lines    one per product with stock, by NDC
 * @param total    sum of line values, scale 2
 * @param currency ISO 4217 currency
 */
public record StockValuation(Instant asOf, List<ValuationLine> lines, BigDecimal total, String currency) {

    public StockValuation {
        lines = List.copyOf(lines);
    }
}
