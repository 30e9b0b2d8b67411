package org.pharmadist.insights.domain;

/**
 * Forecast of one demand series, per period (PharmaDist uses one business day per period).
 *
 * @param pattern         Syntetos-Boylan pattern of the history
 * @param method          method chosen for the pattern
 * @param periods         number of periods in the history
 * @param demandPeriods   periods with non-zero demand
 * @param adi             average inter-demand interval = periods / demandPeriods (infinite without demand)
 * @param cv2             squared coefficient of variation of the non-zero sizes (population variance / mean²)
 * @param ratePerPeriod   forecast demand per period (stock units), &gt;= 0
 * @param sigmaPerPeriod  forecast error per period: root mean square of the one-step-ahead errors (stock units)
 */
public record DemandForecast(DemandPattern pattern, ForecastMethod method, int periods, int demandPeriods, double adi,
        double cv2, double ratePerPeriod, double sigmaPerPeriod) {
}
