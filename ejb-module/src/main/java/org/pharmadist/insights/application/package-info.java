/**
 * Insights use cases: {@link org.pharmadist.insights.application.InsightsService} (statistics, then the AI panel),
 * {@link org.pharmadist.insights.application.InsightsFiguresService} (figures from the read data source),
 * {@link org.pharmadist.insights.application.InsightsAdvisor} (language model, grounded and cached) and the
 * {@link org.pharmadist.insights.application.DemandHistory} port that a sales-order source can replace.
 */
package org.pharmadist.insights.application;
