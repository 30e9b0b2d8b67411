package org.pharmadist.insights.domain;

/** Forecasting method applied to a demand series (see {@link DemandForecaster}). */
public enum ForecastMethod {
    /** Simple exponential smoothing of the per-period demand. */
    SES,
    /** Croston's method, Syntetos-Boylan approximation: (1 - alpha/2) x size / interval. */
    CROSTON_SBA,
    /** No demand in the history: forecast 0. */
    NONE
}
