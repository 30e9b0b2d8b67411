package org.pharmadist.insights.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import org.pharmadist.insights.application.InsightsFigures.CustomerLine;
import org.pharmadist.insights.application.InsightsFigures.ExpiryRiskLine;
import org.pharmadist.insights.application.InsightsFigures.ProductForecast;
import org.pharmadist.insights.application.InsightsFigures.ReorderLine;

/**
 * The figures as the model receives them: compact JSON with a fixed field order (so equal figures give equal text
 * and the same cache key), quantities as JSON numbers at scale 3 in each product's stock unit.
 */
public final class FiguresJson {

    private FiguresJson() {
    }

    /** JSON text of the figures. */
    public static String of(InsightsFigures f) {
        JsonArrayBuilder forecasts = Json.createArrayBuilder();
        for (ProductForecast p : f.forecasts()) {
            forecasts.add(Json.createObjectBuilder().add("productId", p.productId()).add("ndc", text(p.ndc()))
                    .add("name", text(p.name())).add("unit", p.unit()).add("pattern", p.pattern())
                    .add("method", p.method()).add("demandDays", p.demandDays()).add("totalDemand", p.totalDemand())
                    .add("ratePerDay", p.ratePerDay()).add("sigmaPerDay", p.sigmaPerDay()));
        }
        JsonArrayBuilder reorders = Json.createArrayBuilder();
        for (ReorderLine r : f.reorderSuggestions()) {
            reorders.add(Json.createObjectBuilder().add("productId", r.productId()).add("ndc", text(r.ndc()))
                    .add("name", text(r.name())).add("unit", r.unit()).add("leadTimeDays", r.leadTimeDays())
                    .add("reorderPoint", r.reorderPoint()).add("safetyStock", r.safetyStock())
                    .add("position", r.position()).add("orderQuantity", r.orderQuantity()));
        }
        JsonArrayBuilder risks = Json.createArrayBuilder();
        for (ExpiryRiskLine e : f.expiryRisks()) {
            risks.add(Json.createObjectBuilder().add("productId", e.productId()).add("ndc", text(e.ndc()))
                    .add("name", text(e.name())).add("unit", e.unit()).add("lotId", e.lotId())
                    .add("lotNumber", text(e.lotNumber())).add("expiry", e.expiry().toString())
                    .add("daysToExpiry", e.daysToExpiry()).add("quantity", e.quantity())
                    .add("atRiskQuantity", e.atRiskQuantity()).add("suggestedAction", e.action()));
        }
        JsonArrayBuilder customers = Json.createArrayBuilder();
        for (CustomerLine c : f.customers().items()) {
            customers.add(Json.createObjectBuilder().add("customerId", c.customerId()).add("churnRisk", c.level())
                    .add("recentToUsualOrderRate", c.ratio()).add("daysSinceLastOrder", c.daysSinceLastOrder()));
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("asOf", f.asOf().toString())
                .add("serviceLevel", BigDecimal.valueOf(f.parameters().serviceLevel()))
                .add("forecasts", forecasts).add("reorderSuggestions", reorders).add("expiryRisks", risks)
                .add("customerChurnRisks", customers);
        return root.build().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
