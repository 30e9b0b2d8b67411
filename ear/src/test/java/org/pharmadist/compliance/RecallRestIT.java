package org.pharmadist.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * FDA recalls over REST on the deployed EAR with the demo data: a real recall of the reference file finds the demo
 * lots it names (and not the other lots of the product); an imported recall is matched, quarantined (allocation no
 * longer takes the lot), notified, answered, printed as PDF, closed, and its audit trail read; bad input answers
 * problem+json; SALES may not read recalls.
 */
class RecallRestIT {

    private static final String R = "api/v1/compliance/recalls";
    static final int RUN = (int) (System.nanoTime() % 900_000);

    static void assertProblem(HttpResponse<String> r, int status, String type, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r);
        assertThat(p.getString("type")).endsWith("/" + type);
        if (field != null) {
            assertThat(p.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                    .as(r.body()).contains(field);
        }
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    static String record(String number, String description, String codeInfo) {
        return "{\"status\":\"Ongoing\",\"classification\":\"Class II\",\"recalling_firm\":\"Unichem Pharmaceuticals (USA), Inc.\","
                + "\"recall_number\":\"" + number + "\",\"product_description\":\"" + description + "\","
                + "\"reason_for_recall\":\"Failed dissolution specifications\",\"recall_initiation_date\":\"20261120\","
                + "\"report_date\":\"20261202\",\"code_info\":\"" + codeInfo + "\",\"openfda\":{}}";
    }

    static void receive(String ndc, String lot, String quantity) {
        HttpResponse<String> r = Http.post("api/v1/inventory/receipts", "application/json", "{\"ndc\":\"" + ndc
                + "\",\"warehouse\":\"NJ1\",\"location\":\"A-01-03\",\"lotNumber\":\"" + lot + "\",\"expiry\":\"10/2028\","
                + "\"quantity\":\"" + quantity + "\",\"unit\":\"EA\",\"unitCost\":\"0.09\"}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    }

    @Test
    void aRealRecallOfTheReferenceFileFindsTheDemoLotsItNames() {
        HttpResponse<String> r = Http.getAs("COMPLIANCE", R + "/D-0301-2026");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject recall = json(r);
        assertThat(recall.getString("classification")).isEqualTo("CLASS_II");
        assertThat(recall.getString("lotCoverage")).isEqualTo("SPECIFIC_LOTS");
        JsonObject lot = recall.getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getString("lotNumber")).isEqualTo("GBHL24005A");
        assertThat(lot.getString("expiryDate")).isEqualTo("2026-09-30");
        assertThat(lot.getBoolean("monthYearOnly")).isTrue();
        JsonArray affected = recall.getJsonArray("affectedLots");
        List<String> lots = affected.stream().map(a -> a.asJsonObject().getString("lotNumber")).toList();
        assertThat(lots).contains("GBHL24005A").doesNotContain("GBHL25102C");
        JsonObject a = affected.getJsonObject(lots.indexOf("GBHL24005A"));
        assertThat(a.getString("ndc")).isEqualTo("29300-0188-01");
        assertThat(a.getString("matchedBy")).isEqualTo("LOT_NUMBER");
        assertThat(a.getJsonNumber("onHand").bigDecimalValue()).isPositive();
        assertThat(recall.getJsonObject("customerDeliveries").getBoolean("available")).isTrue();

        HttpResponse<String> list = Http.getAs("COMPLIANCE", R + "?inCatalog=true&limit=100");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).getJsonArray("items").stream().map(i -> i.asJsonObject().getString("recallNumber")).toList())
                .contains("D-0301-2026", "D-0120-2025");
        assertThat(json(Http.getAs("COMPLIANCE", R + "?limit=1")).getJsonObject("page").getInt("total"))
                .isGreaterThanOrEqualTo(500);
    }

    @Test
    void anImportedRecallIsQuarantinedNotifiedAnsweredPrintedAndClosed() {
        String lotNumber = "RIT" + RUN;
        String number = "D-9" + String.format("%03d", RUN % 1000) + "-" + (2000 + RUN % 90);
        receive("29300-188-01", lotNumber, "20");
        // the NDC in its 11-digit form, the lot with a hyphen and in lower case: both match
        String rec = record(number, "Bisoprolol fumarate and HCTZ tablets 5 mg/6.25 mg, NDC 29300-0188-01",
                "Lot # rit-" + RUN + ", Exp Date: 10/2028");
        HttpResponse<String> imported = Http.postAs("COMPLIANCE", R, "application/json", "{\"meta\":{},\"results\":[" + rec + "]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).getInt("created")).isEqualTo(1);
        JsonObject again = json(Http.postAs("COMPLIANCE", R, "application/json", rec));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(1);

        JsonObject recall = json(Http.getAs("COMPLIANCE", R + "/" + number));
        long id = recall.getJsonNumber("id").longValue();
        assertThat(recall.getString("status")).isEqualTo("OPEN");
        assertThat(recall.getJsonArray("affectedLots")).hasSize(1);
        assertThat(recall.getJsonArray("affectedLots").getJsonObject(0).getString("lotNumber")).isEqualTo(lotNumber);

        assertProblem(Http.postAs("COMPLIANCE", R + "/" + id + "/close", "application/json", "{\"summary\":\"nothing\"}"),
                422, "invalid-status-transition", null);

        HttpResponse<String> q = Http.postAs("COMPLIANCE", R + "/" + id + "/quarantine", "application/json",
                "{\"version\":" + recall.getJsonNumber("version") + "}");
        assertThat(q.statusCode()).as(q.body()).isEqualTo(200);
        JsonObject quarantined = json(q);
        assertThat(quarantined.getJsonArray("decisions")).hasSize(1);
        assertThat(quarantined.getJsonArray("decisions").getJsonObject(0).getString("toStatus")).isEqualTo("RECALLED");
        assertThat(quarantined.getJsonObject("recall").getString("status")).isEqualTo("IN_PROGRESS");
        assertProblem(Http.postAs("COMPLIANCE", R + "/" + id + "/quarantine", "application/json",
                "{\"version\":" + recall.getJsonNumber("version") + "}"), 409, "changed-by-another-user", null);

        // allocation never takes the recalled lot
        String demand = "RECALL-IT-" + RUN;
        HttpResponse<String> alloc = Http.post("api/v1/inventory/allocations", "application/json",
                "{\"demandReference\":\"" + demand + "\",\"ndc\":\"29300-188-01\",\"quantity\":\"100000\",\"unit\":\"EA\"}");
        assertThat(alloc.statusCode()).as(alloc.body()).isIn(200, 201);
        assertThat(alloc.body()).doesNotContain(lotNumber);
        Http.sendAs("ADMIN", "DELETE", "api/v1/inventory/allocations?demand=" + demand, null, null);

        long customer = json(Http.get("api/v1/crm/customers?limit=1")).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> n = Http.postAs("COMPLIANCE", R + "/" + id + "/notices", "application/json",
                "{\"customerIds\":[" + customer + "]}");
        assertThat(n.statusCode()).as(n.body()).isEqualTo(200);
        assertThat(n.body()).contains("\"status\":\"SENT\"");
        long noticeId = Http.json(Http.getAs("COMPLIANCE", R + "/" + id)).getJsonArray("notices").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertProblem(Http.postAs("COMPLIANCE", R + "/" + id + "/notices/" + noticeId + "/response", "application/json",
                "{\"returnedQuantity\":\"-3\",\"unit\":\"EA\"}"), 400, "invalid-response", "returnedQuantity");
        HttpResponse<String> answered = Http.postAs("COMPLIANCE", R + "/" + id + "/notices/" + noticeId + "/response",
                "application/json", "{\"response\":\"2 bottles returned\",\"returnedQuantity\":\"2\",\"unit\":\"EA\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(json(answered).getString("status")).isEqualTo("RESPONDED");
        assertThat(json(answered).getJsonNumber("returnedQuantity").bigDecimalValue()).isEqualByComparingTo("2");

        HttpResponse<byte[]> pdf = Http.getBytes(R + "/" + id + "/notices/" + noticeId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<String> closed = Http.postAs("COMPLIANCE", R + "/" + id + "/close", "application/json",
                "{\"summary\":\"1 lot recalled (20 EA), 1 customer notified, 2 EA returned\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).getString("status")).isEqualTo("CLOSED");
        assertProblem(Http.postAs("COMPLIANCE", R + "/" + id + "/quarantine", "application/json", "{}"), 422, "recall-closed", null);

        JsonObject history = json(Http.getAs("COMPLIANCE", "api/v1/compliance/audit?type=recall&id=" + id));
        List<String> kinds = history.getJsonArray("revisions").stream().map(v -> v.asJsonObject().getString("kind")).toList();
        assertThat(kinds).startsWith("CREATED").contains("MODIFIED");
        JsonObject last = history.getJsonArray("revisions").getJsonObject(kinds.size() - 1);
        assertThat(last.getString("changedBy")).isEqualTo("compliance");
        assertThat(last.toString()).contains("closingSummary");
        long lotId = quarantined.getJsonArray("decisions").getJsonObject(0).getJsonNumber("lotId").longValue();
        assertThat(Http.getAs("COMPLIANCE", "api/v1/compliance/audit?type=lot&id=" + lotId).body()).contains("RECALLED");
    }

    @Test
    void badInputAnswersProblemJsonAndSalesMayNotReadRecalls() {
        assertProblem(Http.postAs("COMPLIANCE", R, "application/json", "{\"results\":[]}"), 400, "no-records", null);
        HttpResponse<String> rejected = Http.postAs("COMPLIANCE", R, "application/json", "[{\"classification\":\"Class I\"}]");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(json(rejected).getJsonArray("rejected").getJsonObject(0).getString("reason")).isEqualTo("recall_number is missing");
        assertThat(json(rejected).getInt("created")).isZero();
        assertProblem(Http.postAs("COMPLIANCE", R, "application/json", "not json"), 400, "invalid-json", null);
        assertProblem(Http.getAs("COMPLIANCE", R + "/999999999"), 404, "recall-not-found", null);
        assertProblem(Http.getAs("COMPLIANCE", R + "?classification=IV"), 400, "invalid-filter", "classification");
        assertProblem(Http.getAs("COMPLIANCE", "api/v1/compliance/audit?type=invoice&id=1"), 400, "invalid-record-type", "type");
        assertProblem(Http.getAs("SALES", R), 403, "permission-denied", null);
        assertProblem(Http.postAs("MANAGER", R + "/reference", "application/json", ""), 403, "permission-denied", null);
        assertThat(Http.getAs("MANAGER", R + "?limit=1").statusCode()).isEqualTo(200);
    }
}
