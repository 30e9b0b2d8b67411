package org.pharmadist.insights.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.pharmadist.insights.application.DashboardFigures;
import org.pharmadist.insights.application.DashboardService;
import org.pharmadist.insights.application.InsightsReport;
import org.pharmadist.insights.application.InsightsService;
import org.pharmadist.platform.web.PortalMessages;

/** The management dashboard page: figure cards and two Chart.js charts (daily sales, top products). */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DashboardService dashboard;

    @Inject
    transient InsightsService insights;

    private DashboardFigures figures;
    private InsightsReport report;

    @PostConstruct
    void load() {
        try {
            figures = dashboard.figures();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /**
     * Loads the insights with the AI panel (called by the page after it is shown, so the figures never wait for the
     * model); a failure shows as a message and the figures stay.
     */
    public void loadInsights() {
        try {
            report = insights.report(null, null);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** The insights report once loaded, else null. */
    public InsightsReport getReport() {
        return report;
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    /** An amount as "5,350.66". */
    public String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return amount == null ? "" : f.format(amount);
    }

    /** Chart.js bar chart of net sales per day, last 30 days. */
    public String getDailySalesChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        figures.dailySales().forEach(d -> {
            labels.add(d.day().toString().substring(5));
            data.add(d.netSales());
        });
        return chart("bar", "Net sales per day (" + figures.currency() + ")", labels, data, "x");
    }

    /** Chart.js horizontal bar chart of the top products month to date. */
    public String getTopProductsChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        figures.topProducts().forEach(p -> {
            labels.add(p.name().length() > 40 ? p.name().substring(0, 40) + "..." : p.name());
            data.add(p.netSales());
        });
        return chart("bar", "Net sales month to date (" + figures.currency() + ")", labels, data, "y");
    }

    private static String chart(String type, String label, JsonArrayBuilder labels, JsonArrayBuilder data, String indexAxis) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", data).add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", indexAxis).add("animation", false)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }
}
