package org.pharmadist.finance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pharmadist.finance.application.AgingReport;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.finance.application.InvoiceSummary;
import org.pharmadist.platform.web.PortalMessages;

/** AR aging as of a day (default today, company time zone): table per customer, totals, bar chart, overdue list. */
@Named
@ViewScoped
public class AgingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FinanceQueryService queries;

    private String asOf;
    private AgingReport report;
    private List<InvoiceSummary> overdue = List.of();

    /** Loads the report for {@link #getAsOf()} (blank = today); a wrong date is shown beside the field. */
    public void load() {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                jakarta.faces.context.FacesContext.getCurrentInstance().addMessage("agingForm:asOf",
                        new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                "As of must be a date yyyy-MM-dd, not '" + asOf.strip() + "'", null));
                return;
            }
        }
        try {
            report = queries.aging(day);
            overdue = queries.overdue(report.asOf());
            asOf = report.asOf().toString();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Chart.js configuration (JSON) of a bar chart of the total per bucket. */
    public String getChart() {
        if (report == null) {
            return "{}";
        }
        AgingReport.Row t = report.totals();
        return "{\"type\":\"bar\",\"data\":{\"labels\":[\"Current\",\"1-30\",\"31-60\",\"61-90\",\"Over 90\"],"
                + "\"datasets\":[{\"label\":\"Open receivables (" + report.currency() + ")\",\"data\":["
                + plain(t.current()) + "," + plain(t.days1to30()) + "," + plain(t.days31to60()) + "," + plain(t.days61to90())
                + "," + plain(t.over90()) + "],\"backgroundColor\":[\"#4caf50\",\"#ffc107\",\"#ff9800\",\"#f44336\",\"#9c27b0\"]}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":true}}}}";
    }

    private static String plain(BigDecimal b) {
        return b.toPlainString();
    }

    public String getAsOf() { return asOf; }
    public void setAsOf(String asOf) { this.asOf = asOf; }
    public AgingReport getReport() { return report; }
    public List<InvoiceSummary> getOverdue() { return overdue; }
}
