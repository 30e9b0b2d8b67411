package org.pharmadist.insights.application;

/**
 * What {@code GET /api/v1/insights} answers: the statistical results, always, and the AI panel beside them.
 *
 * @param statisticsLabel "statistical results"
 * @param statistics      the figures (computed from our data, no model)
 * @param ai              the AI summary with its status (OK, NOT_CONFIGURED, UNAVAILABLE)
 */
public record InsightsReport(String statisticsLabel, InsightsFigures statistics, AiPanel ai) {

    public static final String STATISTICS_LABEL = "statistical results";
}
