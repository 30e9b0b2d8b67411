package org.pharmadist.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.platform.testserver.Http.post;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * The inventory REST API over real HTTP against the deployed EAR (demo data on): warehouses and locations, receipts,
 * FEFO allocation with release/pick/ship, ATP, transfers, counts, lot decisions, reports, bad input as problem+json
 * naming the field, and permission refusals.
 */
class InventoryRestIT {

    /** Company time zone of the system-test server (default America/New_York). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));
    private static final String JSON = "application/json";
    /** Levothyroxine 25 mcg, not stocked by the demo data. */
    private static final String LEVOTHYROXINE = "00378-1800-77";
    private static final String HEPARIN = "0338-0424-18";
    /** Basaglar (insulin glargine), made refrigerated by the demo data. */
    private static final String INSULIN = "0002-8214-05";

    private static String wh;
    /** A second warehouse used only by the FEFO test, so other tests' stock does not change its figures. */
    private static String fefoWh;
    private static long room;
    private static long room2;

    @BeforeAll
    static void ownWarehouse() {
        wh = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        HttpResponse<String> w = post("api/v1/inventory/warehouses", JSON,
                "{\"code\":\"" + wh + "\",\"name\":\"System test DC\",\"timeZone\":\"America/Chicago\"}");
        assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
        room = location("R-01", "ROOM_TEMPERATURE", "STORAGE");
        room2 = location("R-02", "ROOM_TEMPERATURE", "STORAGE");
        location("C-01", "REFRIGERATED", "STORAGE");
        fefoWh = wh + "F";
        assertThat(post("api/v1/inventory/warehouses", JSON, "{\"code\":\"" + fefoWh + "\",\"name\":\"FEFO test DC\"}")
                .statusCode()).isEqualTo(201);
        location(fefoWh, "R-01", "ROOM_TEMPERATURE", "STORAGE");
        location(fefoWh, "R-02", "ROOM_TEMPERATURE", "STORAGE");
    }

    private static long location(String code, String condition, String type) {
        return location(wh, code, condition, type);
    }

    private static long location(String warehouse, String code, String condition, String type) {
        HttpResponse<String> r = post("api/v1/inventory/warehouses/" + warehouse + "/locations", JSON,
                "{\"code\":\"" + code + "\",\"storageCondition\":\"" + condition + "\",\"type\":\"" + type + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> receive(String ndc, String location, String lot, LocalDate expiry, String quantityJson) {
        return receive(wh, ndc, location, lot, expiry, quantityJson);
    }

    private static HttpResponse<String> receive(String warehouse, String ndc, String location, String lot, LocalDate expiry,
            String quantityJson) {
        return post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + ndc + "\",\"warehouse\":\"" + warehouse + "\",\"location\":\""
                + location + "\",\"lotNumber\":\"" + lot + "\",\"expiry\":\"" + expiry + "\",\"quantity\":" + quantityJson
                + ",\"unit\":\"EA\",\"unitCost\":\"0.05\",\"sourceDocument\":\"GR-IT\"}");
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonArray items(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).getJsonArray("items");
    }

    private static JsonArray array(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void demoWarehousesAndTheirLocationsAreListedInThePagingEnvelope() {
        HttpResponse<String> r = Http.getAs("SALES", "api/v1/inventory/warehouses");
        JsonArray items = items(r);
        assertThat(items.stream().map(v -> v.asJsonObject().getString("code")).toList()).contains("NJ1", "PA1", wh);
        assertThat(json(r).getJsonObject("page").getInt("total")).isEqualTo(items.size());
        JsonArray locations = items(get("api/v1/inventory/warehouses/nj1/locations"));
        assertThat(locations.stream().map(v -> v.asJsonObject().getString("code") + ":"
                + v.asJsonObject().getString("storageCondition")).toList()).contains("COLD-01:REFRIGERATED", "Q-01:ROOM_TEMPERATURE");
        assertProblem(get("api/v1/inventory/warehouses/NOPE/locations"), 404);
    }

    @Test
    void stockOfADemoProductByAnyNdcFormShowsLotsExpiryStatusAndSellable() {
        for (String ndc : List.of(HEPARIN, "00338042418", "00338-0424-18")) {
            JsonArray items = items(get("api/v1/inventory/stock?ndc=" + ndc));
            assertThat(items).as(ndc).isNotEmpty();
            JsonObject hold = items.stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getString("lotNumber").equals("QAHOLD1")).findFirst().orElseThrow();
            assertThat(hold.getString("lotStatus")).isEqualTo("QUARANTINE");
            assertThat(hold.getBoolean("sellable")).isFalse();
            JsonObject main = items.stream().map(JsonValue::asJsonObject)
                    .filter(o -> o.getString("lotNumber").equals("BX24H18")).findFirst().orElseThrow();
            assertThat(main.getBoolean("sellable")).isTrue();
            assertThat(main.getJsonNumber("daysToExpiry").longValue()).isBetween(330L, 400L);
            assertThat(main.getString("unit")).isEqualTo("EA");
            assertThat(main.getString("expiryDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        JsonArray insulin = items(get("api/v1/inventory/stock?ndc=" + INSULIN));
        assertThat(insulin.stream().map(v -> v.asJsonObject().getString("storageCondition")).distinct().toList())
                .containsExactly("REFRIGERATED");
        JsonArray lots = items(get("api/v1/inventory/lots?ndc=" + HEPARIN));
        assertThat(lots.stream().map(v -> v.asJsonObject().getString("lotNumber")).toList()).contains("BX24H18", "QAHOLD1");
    }

    @Test
    void fefoAllocationTakesEarliestExpiryNeverExpiredAndReleasePickShipWork() {
        String lotA = "A" + fefoWh;
        String lotB = "B" + fefoWh;
        String lotC = "C" + fefoWh;
        assertThat(receive(fefoWh, LEVOTHYROXINE, "R-01", lotC, TODAY.minusDays(1), "\"10\"").statusCode()).isEqualTo(201);
        assertThat(receive(fefoWh, LEVOTHYROXINE, "R-01", lotA, TODAY.plusDays(29), "10").statusCode()).isEqualTo(201);
        HttpResponse<String> b = receive(fefoWh, LEVOTHYROXINE, "R-02", lotB, TODAY.plusDays(28), "\"10.000\"");
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
        assertThat(json(b).getString("status")).isEqualTo("AVAILABLE");

        String demand = "SO-" + wh + "/2";
        HttpResponse<String> r = post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\"" + demand
                + "\",\"ndc\":\"" + LEVOTHYROXINE + "\",\"quantity\":\"15\",\"unit\":\"EA\",\"warehouse\":\"" + fefoWh + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject result = json(r);
        assertThat(result.getJsonNumber("shortfall").bigDecimalValue()).isZero();
        JsonArray lines = result.getJsonArray("lines");
        assertThat(lines.stream().map(v -> v.asJsonObject().getString("lotNumber") + "="
                + v.asJsonObject().getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString()).toList())
                .containsExactly(lotB + "=10", lotA + "=5");

        JsonObject atp = json(get("api/v1/inventory/availability?ndc=" + LEVOTHYROXINE + "&warehouse=" + fefoWh));
        assertThat(atp.getJsonNumber("onHand").bigDecimalValue()).isEqualByComparingTo("30");
        assertThat(atp.getJsonNumber("reserved").bigDecimalValue()).isEqualByComparingTo("15");
        assertThat(atp.getJsonNumber("blocked").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(atp.getJsonNumber("availableToPromise").bigDecimalValue()).isEqualByComparingTo("5");
        assertThat(atp.getString("unit")).isEqualTo("EA");
        JsonObject needs = json(get("api/v1/inventory/availability?ndc=" + LEVOTHYROXINE + "&warehouse=" + fefoWh
                + "&minShelfLifeDays=29"));
        assertThat(needs.getJsonNumber("availableToPromise").bigDecimalValue()).isEqualByComparingTo("5");

        HttpResponse<String> released = Http.sendAs("ADMIN", "DELETE", "api/v1/inventory/allocations?demand=" + q(demand), null, null);
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(array(released)).hasSize(2);
        assertThat(json(get("api/v1/inventory/availability?ndc=" + LEVOTHYROXINE + "&warehouse=" + fefoWh))
                .getJsonNumber("availableToPromise").bigDecimalValue()).isEqualByComparingTo("20");

        String demand2 = "SO-" + wh + "/3";
        assertThat(post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\"" + demand2 + "\",\"ndc\":\""
                + LEVOTHYROXINE + "\",\"quantity\":4,\"unit\":\"EA\",\"warehouse\":\"" + fefoWh + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> picked = post("api/v1/inventory/allocations/pick", JSON, "{\"demandReference\":\"" + demand2 + "\"}");
        assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
        HttpResponse<String> shipped = post("api/v1/inventory/allocations/ship", JSON,
                "{\"demandReference\":\"" + demand2 + "\",\"shipmentDocument\":\"SH-" + wh + "\"}");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        JsonArray ledger = items(get("api/v1/inventory/ledger?ndc=" + LEVOTHYROXINE + "&limit=500"));
        assertThat(ledger.stream().map(JsonValue::asJsonObject)
                .filter(e -> ("SH-" + wh).equals(e.getString("referenceDocument", null))).map(e -> e.getString("type")).toList())
                .containsExactly("SHIPMENT");
        assertThat(json(get("api/v1/inventory/availability?ndc=" + LEVOTHYROXINE + "&warehouse=" + fefoWh))
                .getJsonNumber("onHand").bigDecimalValue()).isEqualByComparingTo("26");
    }

    @Test
    void aRetriedAllocationWithTheSameIdempotencyKeyReservesOnce() {
        String lot = "I" + wh;
        assertThat(receive(LEVOTHYROXINE, "R-01", lot, TODAY.plusDays(700), "\"5\"").statusCode()).isEqualTo(201);
        String demand = "SO-" + wh + "/IDEM";
        String body = "{\"demandReference\":\"" + demand + "\",\"ndc\":\"" + LEVOTHYROXINE
                + "\",\"quantity\":\"2\",\"unit\":\"EA\",\"warehouse\":\"" + wh + "\"}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("api/v1/inventory/allocations", JSON, body, "Idempotency-Key", key);
        HttpResponse<String> retry = post("api/v1/inventory/allocations", JSON, body, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(array(get("api/v1/inventory/allocations?demand=" + q(demand)))).hasSize(1);
    }

    @Test
    void refrigeratedProductIntoARoomTemperatureBinIsA422Problem() {
        HttpResponse<String> r = receive(INSULIN, "R-01", "X" + wh, TODAY.plusDays(300), "\"2\"");
        assertProblem(r, 422);
        assertThat(json(r).getString("type")).endsWith("/storage-condition-mismatch");
        assertThat(receive(INSULIN, "C-01", "X" + wh, TODAY.plusDays(300), "\"2\"").statusCode()).isEqualTo(201);
    }

    @Test
    void transferCycleCountAndPagedLedgerOfALot() {
        String lot = "T" + wh;
        HttpResponse<String> rec = receive(LEVOTHYROXINE, "R-01", lot, TODAY.plusDays(400), "\"12\"");
        long lotId = json(rec).getJsonNumber("lotId").longValue();
        HttpResponse<String> t = post("api/v1/inventory/transfers", JSON, "{\"lotId\":" + lotId + ",\"fromLocationId\":"
                + room + ",\"toLocationId\":" + room2 + ",\"quantity\":\"5\",\"unit\":\"EA\",\"reference\":\"TR-" + wh + "\"}");
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        HttpResponse<String> c = Http.postAs("WAREHOUSE", "api/v1/inventory/cycle-counts", JSON, "{\"lotId\":" + lotId
                + ",\"locationId\":" + room2 + ",\"countedQuantity\":\"4\",\"reasonCode\":\"LOST\"}");
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        assertThat(json(c).getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("-1");
        HttpResponse<String> first = get("api/v1/inventory/ledger?lotId=" + lotId + "&limit=2");
        assertThat(items(first).stream().map(v -> v.asJsonObject().getString("type")).toList())
                .containsExactly("RECEIPT", "TRANSFER_OUT");
        String cursor = json(first).getJsonObject("page").getString("nextCursor");
        JsonArray rest = items(get("api/v1/inventory/ledger?lotId=" + lotId + "&limit=2&cursor=" + q(cursor)));
        assertThat(rest.stream().map(v -> v.asJsonObject().getString("type")).toList()).containsExactly("TRANSFER_IN", "ADJUSTMENT");
        HttpResponse<String> tooMuch = post("api/v1/inventory/transfers", JSON, "{\"lotId\":" + lotId + ",\"fromLocationId\":"
                + room + ",\"toLocationId\":" + room2 + ",\"quantity\":\"50\",\"unit\":\"EA\"}");
        assertProblem(tooMuch, 422);
    }

    @Test
    void lotDecisionsByComplianceAreKeptAndBlockAllocation() {
        String lot = "Q" + wh;
        long lotId = json(receive(LEVOTHYROXINE, "R-02", lot, TODAY.plusDays(500), "\"3\"")).getJsonNumber("lotId").longValue();
        HttpResponse<String> q = Http.postAs("COMPLIANCE", "api/v1/inventory/lot-decisions", JSON, "{\"ndc\":\""
                + LEVOTHYROXINE + "\",\"lotNumber\":\"" + lot + "\",\"decision\":\"QUARANTINE\",\"reason\":\"complaint 4711\"}");
        assertThat(q.statusCode()).as(q.body()).isEqualTo(200);
        assertThat(json(q).getString("toStatus")).isEqualTo("QUARANTINE");
        assertThat(json(q).getString("decidedBy")).isEqualTo("compliance");
        JsonObject stockLine = items(get("api/v1/inventory/stock?ndc=" + LEVOTHYROXINE + "&warehouse=" + wh)).stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("lotNumber").equals(lot)).findFirst().orElseThrow();
        assertThat(stockLine.getBoolean("sellable")).isFalse();
        HttpResponse<String> rel = Http.postAs("COMPLIANCE", "api/v1/inventory/lot-decisions", JSON, "{\"lotId\":" + lotId
                + ",\"decision\":\"RELEASE\",\"reason\":\"complaint unfounded\"}");
        assertThat(rel.statusCode()).as(rel.body()).isEqualTo(200);
        JsonArray decisions = array(Http.getAs("COMPLIANCE", "api/v1/inventory/lots/" + lotId + "/decisions"));
        assertThat(decisions.stream().map(v -> v.asJsonObject().getString("reason")).toList())
                .containsExactly("complaint 4711", "complaint unfounded");
        // repeating the release changes and records nothing
        HttpResponse<String> again = Http.postAs("COMPLIANCE", "api/v1/inventory/lot-decisions", JSON, "{\"lotId\":" + lotId
                + ",\"decision\":\"RELEASE\",\"reason\":\"again\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).getString("fromStatus")).isEqualTo("AVAILABLE");
        assertThat(array(Http.getAs("COMPLIANCE", "api/v1/inventory/lots/" + lotId + "/decisions"))).hasSize(2);
        // a recalled lot is never released
        assertThat(Http.postAs("COMPLIANCE", "api/v1/inventory/lot-decisions", JSON, "{\"lotId\":" + lotId
                + ",\"decision\":\"RECALLED\",\"reason\":\"FDA recall Z-0001-2026\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = Http.postAs("COMPLIANCE", "api/v1/inventory/lot-decisions", JSON, "{\"lotId\":" + lotId
                + ",\"decision\":\"RELEASE\",\"reason\":\"undo\"}");
        assertProblem(refused, 422);
        assertThat(json(refused).getString("type")).endsWith("/lot-status-change-refused");
    }

    @Test
    void reportsValueStockAtMovingAverageCostScale2() {
        JsonObject near = json(get("api/v1/inventory/reports/near-expiry"));
        assertThat(near.getInt("horizonDays")).isEqualTo(90);
        List<JsonObject> lines = near.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.getString("lotNumber")).isEqualTo("ENX2107");
            assertThat(l.getBoolean("expired")).isTrue();
        });
        assertThat(lines).allSatisfy(l -> assertThat(l.getJsonNumber("value").bigDecimalValue().scale()).isEqualTo(2));
        JsonObject valuation = json(Http.getAs("FINANCE", "api/v1/inventory/reports/valuation"));
        assertThat(valuation.getJsonNumber("total").bigDecimalValue().scale()).isEqualTo(2);
        assertThat(valuation.getJsonNumber("total").bigDecimalValue().signum()).isPositive();
        assertThat(valuation.getString("currency")).isEqualTo("USD");
        assertProblem(get("api/v1/inventory/reports/near-expiry?horizonDays=soon"), 400);
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        assertField(get("api/v1/inventory/stock?ndc=12-34"), 400, "ndc");
        assertField(get("api/v1/inventory/stock"), 400, "ndc");
        assertProblem(get("api/v1/inventory/stock?ndc=09999-9999-99"), 404);
        assertField(get("api/v1/inventory/availability?ndc=" + HEPARIN + "&minShelfLifeDays=abc"), 400, "minShelfLifeDays");
        assertField(get("api/v1/inventory/availability?ndc=" + HEPARIN + "&minShelfLifeDays=-1"), 400, "minShelfLifeDays");
        assertField(post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\"SO-X/1\",\"ndc\":\"" + HEPARIN
                + "\",\"quantity\":\"abc\",\"unit\":\"EA\"}"), 400, "quantity");
        assertField(post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\"SO-X/1\",\"ndc\":\"" + HEPARIN
                + "\",\"quantity\":\"1\",\"unit\":\"XX\"}"), 400, "unit");
        assertField(post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\" \",\"ndc\":\"" + HEPARIN
                + "\",\"quantity\":\"1\",\"unit\":\"EA\"}"), 400, "demandReference");
        assertField(post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + LEVOTHYROXINE + "\",\"warehouse\":\"" + wh
                + "\",\"location\":\"R-01\",\"lotNumber\":\"E1\",\"expiry\":\"13/2027\",\"quantity\":\"1\",\"unit\":\"EA\"}"),
                400, "expiry");
        assertField(post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + LEVOTHYROXINE + "\",\"warehouse\":\"" + wh
                + "\",\"location\":\"R-01\",\"lotNumber\":\"E1\",\"quantity\":\"1\",\"unit\":\"EA\"}"), 400, "expiryDate");
        assertField(post("api/v1/inventory/warehouses/" + wh + "/locations", JSON,
                "{\"code\":\"Z\",\"storageCondition\":\"WARM\",\"type\":\"STORAGE\"}"), 400, "storageCondition");
        assertField(get("api/v1/inventory/ledger"), 400, "ndc");
        assertProblem(post("api/v1/inventory/allocations", JSON, "{not json"), 400);
    }

    @Test
    void callersWithoutThePermissionAre403() {
        assertDenied(Http.postAs("SALES", "api/v1/inventory/allocations", JSON, "{\"demandReference\":\"SO-S/1\",\"ndc\":\""
                + HEPARIN + "\",\"quantity\":\"1\",\"unit\":\"EA\"}"), "inventory:move");
        assertDenied(Http.postAs("WAREHOUSE", "api/v1/inventory/lot-decisions", JSON, "{\"ndc\":\"" + HEPARIN
                + "\",\"lotNumber\":\"QAHOLD1\",\"decision\":\"RELEASE\",\"reason\":\"self release\"}"), "inventory:release");
        assertDenied(Http.postAs("COMPLIANCE", "api/v1/inventory/cycle-counts", JSON,
                "{\"lotId\":1,\"locationId\":1,\"countedQuantity\":\"0\",\"reasonCode\":\"LOST\"}"), "inventory:adjust");
        assertDenied(Http.postAs("PROCUREMENT", "api/v1/inventory/warehouses", JSON,
                "{\"code\":\"ZZ\",\"name\":\"no\"}"), "inventory:adjust");
        // the quarantined demo lot is still held
        JsonObject hold = items(get("api/v1/inventory/lots?ndc=" + HEPARIN)).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("lotNumber").equals("QAHOLD1")).findFirst().orElseThrow();
        assertThat(hold.getString("status")).isEqualTo("QUARANTINE");
    }

    static void assertDenied(HttpResponse<String> r, String permission) {
        assertProblem(r, 403);
        assertThat(json(r).getString("detail")).contains(permission);
    }

    static void assertField(HttpResponse<String> r, int status, String field) {
        assertProblem(r, status);
        JsonArray errors = json(r).getJsonArray("errors");
        assertThat(errors).as(r.body()).isNotNull();
        assertThat(errors.stream().map(v -> v.asJsonObject().getString("field")).toList()).as(r.body()).contains(field);
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
        assertThat(json(r).getInt("status")).isEqualTo(status);
    }
}
