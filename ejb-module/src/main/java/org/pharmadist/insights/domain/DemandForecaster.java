package org.pharmadist.insights.domain;

/**
 * Demand forecasts for one series of per-period quantities (oldest first), method chosen by the series' pattern
 * ({@link DemandPattern#classify}):
 *
 * <ul>
 * <li><b>SES</b> (simple exponential smoothing) for SMOOTH demand: level {@code l1 = y1},
 *     {@code lt = alpha*yt + (1-alpha)*l(t-1)}; the forecast for every future period is the last level.</li>
 * <li><b>Croston SBA</b> for ERRATIC, INTERMITTENT and LUMPY demand: sizes {@code z} and intervals {@code p} are
 *     smoothed separately and only in periods with demand. At the first demand {@code z = y}, {@code p} = its period
 *     number (1-based); at each later demand, {@code q} = periods since the previous demand, {@code z += alpha(y - z)},
 *     {@code p += alpha(q - p)}. Forecast per period {@code (1 - alpha/2) * z / p} (Syntetos and Boylan 2005).</li>
 * </ul>
 *
 * The forecast error {@code sigma} is the root mean square of the one-step-ahead errors {@code y(t) - f(t-1)}, taken
 * from the second period on (SES) or from the period after the first demand on (Croston), 0 when there are none.
 * This is the σ of the reorder point ({@link ReorderCalculator}).
 *
 * <p>Maths in {@code double}; callers round the published figures (stock units, scale 3, HALF_UP).
 */
public final class DemandForecaster {

    private DemandForecaster() {
    }

    /**
     * Classifies the series and forecasts it with the method of its pattern.
     *
     * @param series quantities per period, oldest first, each &gt;= 0 (negative values are treated as 0)
     * @param alpha  smoothing constant, 0 &lt; alpha &lt;= 1 (PharmaDist default 0.2)
     * @throws IllegalArgumentException for an empty series or alpha outside (0, 1]
     */
    public static DemandForecast forecast(double[] series, double alpha) {
        if (series.length == 0) {
            throw new IllegalArgumentException("empty demand series");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        double[] y = new double[series.length];
        int nonZero = 0;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(0, series[i]);
            if (y[i] > 0) {
                nonZero++;
                sum += y[i];
            }
        }
        if (nonZero == 0) {
            return new DemandForecast(DemandPattern.NO_DEMAND, ForecastMethod.NONE, y.length, 0,
                    Double.POSITIVE_INFINITY, 0, 0, 0);
        }
        double adi = (double) y.length / nonZero;
        double mean = sum / nonZero;
        double squares = 0;
        for (double v : y) {
            if (v > 0) {
                squares += (v - mean) * (v - mean);
            }
        }
        double cv2 = (squares / nonZero) / (mean * mean);
        DemandPattern pattern = DemandPattern.classify(adi, cv2);
        double[] rateAndSigma = pattern.method() == ForecastMethod.SES ? ses(y, alpha) : crostonSba(y, alpha);
        return new DemandForecast(pattern, pattern.method(), y.length, nonZero, adi, cv2, rateAndSigma[0], rateAndSigma[1]);
    }

    /** SES: {forecast, rmse of one-step-ahead errors}. */
    static double[] ses(double[] y, double alpha) {
        double level = y[0];
        double squared = 0;
        int errors = 0;
        for (int t = 1; t < y.length; t++) {
            double e = y[t] - level;
            squared += e * e;
            errors++;
            level = alpha * y[t] + (1 - alpha) * level;
        }
        return new double[] {level, errors == 0 ? 0 : Math.sqrt(squared / errors)};
    }

    /** Croston SBA: {forecast, rmse of one-step-ahead errors after the first demand}. */
    static double[] crostonSba(double[] y, double alpha) {
        double z = 0;
        double p = 0;
        int last = -1;
        double forecast = 0;
        double squared = 0;
        int errors = 0;
        double bias = 1 - alpha / 2;
        for (int t = 0; t < y.length; t++) {
            if (last >= 0) {
                double e = y[t] - forecast;
                squared += e * e;
                errors++;
            }
            if (y[t] > 0) {
                if (last < 0) {
                    z = y[t];
                    p = t + 1;
                } else {
                    int q = t - last;
                    z += alpha * (y[t] - z);
                    p += alpha * (q - p);
                }
                last = t;
                forecast = bias * z / p;
            }
        }
        return new double[] {forecast, errors == 0 ? 0 : Math.sqrt(squared / errors)};
    }
}
