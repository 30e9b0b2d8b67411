package org.pharmadist.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * GET /api/v1/dashboard on the deployed EAR: the figures with their shapes, labelled as statistics with the AI status
 * beside them; MANAGER may read it, SALES may not; a committed change (a new quotation) shows on the next read.
 */
class DashboardRestIT {

    static JsonObject dashboard() {
        HttpResponse<String> r = Http.getAs("MANAGER", "api/v1/dashboard");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    @Test
    void theDashboardAnswersEveryFigureLabelledAsStatisticsWithTheAiStatus() {
        JsonObject d = dashboard();
        assertThat(d.getString("source")).isEqualTo("statistics");
        JsonObject f = d.getJsonObject("figures");
        for (String money : new String[] {"salesToday", "salesMonthToDate", "openQuotationValue", "ordersToShipValue",
                "backorderValue", "stockValue", "expiringWithin90Days", "overdueReceivables"}) {
            assertThat(new BigDecimal(f.getJsonNumber(money).toString()).scale()).as(money + " scale 2: " + f).isLessThanOrEqualTo(2);
        }
        assertThat(new BigDecimal(f.getJsonNumber("stockValue").toString())).as("demo stock is valued").isPositive();
        assertThat(f.getJsonArray("dailySales")).hasSize(30);
        assertThat(f.getString("currency")).isEqualTo("USD");
        JsonObject ai = d.getJsonObject("ai");
        assertThat(ai.getString("status")).isIn("ok", "not-configured", "unavailable");
        assertThat(ai.getString("summaryHref")).isEqualTo("/api/v1/insights");
        if (ai.getString("status").equals("not-configured")) {
            assertThat(ai.getString("message")).isEqualTo("AI not configured");
        }
        assertThat(Http.getAs("SALES", "api/v1/dashboard").statusCode()).isEqualTo(403);
    }

    @Test
    void aCommittedQuotationShowsInTheOpenQuotationFiguresOnTheNextRead() {
        JsonObject before = dashboard().getJsonObject("figures");
        JsonObject again = dashboard().getJsonObject("figures");
        assertThat(again.getString("computedAt")).as("served from the cache while nothing changes")
                .isEqualTo(before.getString("computedAt"));
        long customer = json(Http.getAs("SALES", "api/v1/crm/customers?limit=1")).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> q = Http.postAs("SALES", "api/v1/sales/quotations", "application/json",
                "{\"customerId\":" + customer + ",\"lines\":[]}");
        assertThat(q.statusCode()).as(q.body()).isEqualTo(201);
        JsonObject after = dashboard().getJsonObject("figures");
        assertThat(after.getJsonNumber("openQuotationCount").longValue())
                .isEqualTo(before.getJsonNumber("openQuotationCount").longValue() + 1);
        assertThat(after.getString("computedAt")).isNotEqualTo(before.getString("computedAt"));
    }
}
