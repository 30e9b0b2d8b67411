package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Lots in stock expiring within {@code horizonDays} of {@code asOf}, and those already expired, soonest first.
 *
 * @param asOf        business date (company time zone)
 * @param horizonDays horizon in days
 * @param lines       lots
 * @param totalValue  sum of the line values, scale 2
 * @param currency    ISO 4217 currency of the values
 */
public record NearExpiryReport(LocalDate asOf, int horizonDays, List<NearExpiryLine> lines, BigDecimal totalValue,
        String currency) {

    public NearExpiryReport {
        lines = List.copyOf(lines);
    }
}
