package org.pharmadist.insights.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.insights.application.AiPanel;
import org.pharmadist.insights.application.InsightsReport;
import org.pharmadist.insights.application.InsightsService;
import org.pharmadist.platform.metrics.AiMetrics;

/**
 * Insights (permission {@code insights:view}): the statistical results (forecasts, reorder suggestions, expiry
 * risk, customer insights; {@code statisticsLabel: "statistical results"}) and beside them the AI panel
 * ({@code ai.label: "AI summary"}, {@code ai.status}: OK, NOT_CONFIGURED or UNAVAILABLE with {@code ai.message}).
 * The statistics are answered whatever the AI status. Records the AI metrics ({@link AiMetrics}).
 */
@Path("/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
public class InsightsResource {

    private static volatile AiMetrics metrics;

    @Inject
    InsightsService insights;

    @GET
    @Operation(summary = "Forecasts, reorder suggestions, expiry risk and the AI summary",
            description = "statistics: {asOf, demandSource, parameters, forecasts[{productId, ndc, name, unit, pattern, "
                    + "method, ratePerDay, sigmaPerDay, ...}], reorderSuggestions[{productId, reorderPoint, safetyStock, "
                    + "position, orderQuantity, leadTimeDays, ...}], expiryRisks[{productId, lotId, lotNumber, expiry, "
                    + "quantity, atRiskQuantity, action}], customers{available, note, items}}; quantities in each "
                    + "product's stock unit, scale 3, rates per business day. ai: {status, label, message, summary, "
                    + "actions[{priority, type, productId, lotId, customerId, quantity, text}], droppedActions, cached}.")
    @APIResponse(responseCode = "200", description = "Statistics, and the AI panel with its status")
    @APIResponse(responseCode = "400", description = "invalid-insights-parameter (serviceLevel, coverDays)")
    public InsightsReport get(
            @Parameter(description = "cycle service level 0.5..0.999, default 0.95") @QueryParam("serviceLevel") String serviceLevel,
            @Parameter(description = "days of demand an order covers after the lead time, 0..365, default 30")
            @QueryParam("coverDays") String coverDays) {
        InsightsReport report = insights.report(serviceLevel, coverDays);
        record(report.ai());
        return report;
    }

    private static void record(AiPanel ai) {
        String outcome = ai.cached() ? "cached" : ai.status().toLowerCase(Locale.ROOT).replace('_', '-');
        try {
            AiMetrics m = metrics;
            if (m == null) {
                m = AiMetrics.forThisServer();
                metrics = m;
            }
            m.record(outcome, Duration.ofMillis(ai.latencyMillis()), ai.promptTokens(), ai.completionTokens(),
                    ai.droppedActions());
        } catch (RuntimeException e) {
            Logger.getLogger(InsightsResource.class.getName()).log(Level.WARNING, "Recording AI metrics failed", e);
        }
    }
}
