package org.pharmadist.insights.domain;

/**
 * Demand pattern of one series by the Syntetos-Boylan classification (Syntetos, Boylan and Croston 2005, "On the
 * categorization of demand patterns"), from the average inter-demand interval (ADI) and the squared coefficient of
 * variation of the non-zero demand sizes (CV²), with their published cut-offs ADI 1.32 and CV² 0.49.
 *
 * <pre>
 *                 CV² &lt; 0.49      CV² &gt;= 0.49
 *   ADI &lt; 1.32    SMOOTH          ERRATIC
 *   ADI &gt;= 1.32   INTERMITTENT    LUMPY
 * </pre>
 *
 * PharmaDist forecasts SMOOTH series with simple exponential smoothing and every other pattern with Croston's method
 * in the Syntetos-Boylan approximation (SBA), which removes Croston's positive bias; see {@link DemandForecaster}.
 * A series without any demand is {@link #NO_DEMAND}.
 */
public enum DemandPattern {
    SMOOTH, ERRATIC, INTERMITTENT, LUMPY, NO_DEMAND;

    /** Published ADI cut-off (periods per demand occurrence). */
    public static final double ADI_CUT_OFF = 1.32;
    /** Published CV² cut-off. */
    public static final double CV2_CUT_OFF = 0.49;

    /**
     * Classifies by ADI and CV².
     *
     * @param adi average inter-demand interval in periods (&gt;= 1), or {@code Double.POSITIVE_INFINITY} without demand
     * @param cv2 squared coefficient of variation of the non-zero sizes (&gt;= 0)
     */
    public static DemandPattern classify(double adi, double cv2) {
        if (Double.isInfinite(adi)) {
            return NO_DEMAND;
        }
        boolean frequent = adi < ADI_CUT_OFF;
        boolean steady = cv2 < CV2_CUT_OFF;
        if (frequent) {
            return steady ? SMOOTH : ERRATIC;
        }
        return steady ? INTERMITTENT : LUMPY;
    }

    /** The forecasting method this pattern gets. */
    public ForecastMethod method() {
        return switch (this) {
            case SMOOTH -> ForecastMethod.SES;
            case NO_DEMAND -> ForecastMethod.NONE;
            default -> ForecastMethod.CROSTON_SBA;
        };
    }
}
