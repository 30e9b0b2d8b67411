package org.pharmadist.insights.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.insights.application.DashboardFigures;
import org.pharmadist.insights.application.AiStatusTracker;
import org.pharmadist.insights.application.DashboardService;

/** The management dashboard (insights:view): sales, open quotations, orders to ship, stock, expiry, receivables. */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
public class DashboardResource {

    @Inject
    DashboardService dashboard;

    @Inject
    AiStatusTracker ai;

    /**
     * Where the AI summary is and how the AI integration is doing; the dashboard never waits for the model.
     *
     * @param status      "ok", "not-configured" or "unavailable" (as in the readiness health data)
     * @param message     "AI not configured", "AI unavailable: ..." or null
     * @param summaryHref the insights endpoint whose {@code ai} part carries the model-written summary and actions
     */
    public record AiStatus(String status, String message, String summaryHref) { }

    /**
     * The dashboard answer.
     *
     * @param source   always "statistics": every figure is computed from our own data, no language model involved
     * @param figures  the figures (money in {@code figures.currency}, scale 2)
     * @param cacheHitRatio share of reads served from the server's cache since start (0..1)
     * @param ai       the AI integration's status and where its summary is
     */
    public record DashboardAnswer(String source, DashboardFigures figures, double cacheHitRatio, AiStatus ai) { }

    @GET
    @Operation(summary = "Management dashboard figures", description = "Sales today and month to date (net invoiced "
            + "less credit notes), open quotation value, orders to ship, backorders, stock value, value expiring within "
            + "90 days, overdue receivables, top products and daily sales for 30 days. Served from a cache that a "
            + "committed change invalidates; at most 30 s old.")
    @APIResponse(responseCode = "200", description = "The figures")
    public Response get() {
        DashboardFigures f = dashboard.figures();
        double ratio = dashboard.cacheHitRatio();
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoStore(true);
        String status = ai.status();
        String message = switch (status) {
            case "not-configured" -> "AI not configured";
            case "unavailable" -> "AI unavailable" + (ai.lastFailure() == null ? "" : ": " + ai.lastFailure());
            default -> null;
        };
        return Response.ok(new DashboardAnswer("statistics", f, Double.isNaN(ratio) ? 0 : ratio,
                new AiStatus(status, message, "/api/v1/insights"))).cacheControl(cc).build();
    }
}
