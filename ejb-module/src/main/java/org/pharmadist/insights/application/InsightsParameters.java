package org.pharmadist.insights.application;

import java.math.BigDecimal;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * The parameters of one insights computation (defaults from MicroProfile Config, see {@link InsightsSettings}).
 *
 * @param historyDays          days of demand history, ending today (7..730)
 * @param alpha                smoothing constant of SES and Croston (0 &lt; alpha &lt;= 1)
 * @param serviceLevel         cycle service level of the reorder point (0.5 &lt;= level &lt;= 0.999)
 * @param coverDays            days of demand an order covers after the lead time (0..365)
 * @param defaultLeadTimeDays  lead time when no preferred supplier is known (0..365)
 * @param returnMinDays        days to expiry from which at-risk stock goes back to the supplier
 * @param redistributeMinDays  days to expiry from which at-risk stock is redistributed (else discounted)
 * @param expiryHorizonDays    lots expiring later than this are not assessed
 * @param churnWindowDays      recent window of the churn rule
 * @param maxItems             at most this many lines per list (the model sees the same lists)
 */
public record InsightsParameters(int historyDays, double alpha, double serviceLevel, int coverDays,
        int defaultLeadTimeDays, int returnMinDays, int redistributeMinDays, int expiryHorizonDays, int churnWindowDays,
        int maxItems) {

    /**
     * The defaults with the caller's optional overrides (query parameters as text).
     *
     * @throws InvalidInputException "invalid-insights-parameter" naming the field for a value that is not a number or
     *                               out of range
     */
    public InsightsParameters with(String serviceLevelText, String coverDaysText) {
        double level = serviceLevel;
        int cover = coverDays;
        if (serviceLevelText != null && !serviceLevelText.isBlank()) {
            try {
                level = new BigDecimal(serviceLevelText.strip()).doubleValue();
            } catch (NumberFormatException e) {
                level = Double.NaN;
            }
            if (!(level >= 0.5 && level <= 0.999)) {
                throw new InvalidInputException("invalid-insights-parameter", "serviceLevel",
                        "serviceLevel must be a number from 0.5 to 0.999 (e.g. 0.95), got '" + serviceLevelText + "'");
            }
        }
        if (coverDaysText != null && !coverDaysText.isBlank()) {
            try {
                cover = Integer.parseInt(coverDaysText.strip());
            } catch (NumberFormatException e) {
                cover = -1;
            }
            if (cover < 0 || cover > 365) {
                throw new InvalidInputException("invalid-insights-parameter", "coverDays",
                        "coverDays must be a whole number of days from 0 to 365, got '" + coverDaysText + "'");
            }
        }
        return new InsightsParameters(historyDays, alpha, level, cover, defaultLeadTimeDays, returnMinDays,
                redistributeMinDays, expiryHorizonDays, churnWindowDays, maxItems);
    }
}
