package org.pharmadist.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.platform.testserver.Http.post;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pharmadist.platform.testserver.AiStubServer;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * {@code GET /api/v1/insights} on the deployed EAR, with the application's openai-java client talking to the
 * OpenAI-compatible stub in this JVM ({@link AiStubServer}): the statistics of a product we ship, the AI summary
 * grounded in them (the stub's invented product is dropped), the cache, and the MicroProfile Fault Tolerance policy
 * as the server runs it (bounded retries of 500s, circuit opening and closing again, timeouts), the health data and
 * the metrics. On WildFly this also proves the EAR's own Jackson (openai-java) and RESTEasy's JSON do not clash.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsRestIT {

    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));
    /** Metformin 500 mg (another labeler than the demo's): not stocked by the demo data. */
    private static final String METFORMIN = "00904-7162-61";
    private static long productId;
    private static int serviceLevelStep = 900;

    @BeforeAll
    static void shipMetformin() {
        assumeTrue(AiStubServer.running(), "the AI stub runs only when the system tests start the server");
        AiStubServer.get().behave(AiStubServer.Mode.GROUNDED);
        String wh = "AI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        assertThat(post("api/v1/inventory/warehouses", JSON, "{\"code\":\"" + wh + "\",\"name\":\"Insights test DC\"}")
                .statusCode()).isEqualTo(201);
        assertThat(post("api/v1/inventory/warehouses/" + wh + "/locations", JSON,
                "{\"code\":\"R-01\",\"storageCondition\":\"ROOM_TEMPERATURE\",\"type\":\"STORAGE\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> received = post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + METFORMIN
                + "\",\"warehouse\":\"" + wh + "\",\"location\":\"R-01\",\"lotNumber\":\"MET" + wh + "\",\"expiry\":\""
                + TODAY.plusDays(400) + "\",\"quantity\":\"40\",\"unit\":\"EA\",\"unitCost\":\"0.02\",\"sourceDocument\":\"GR-AI\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String demand = "SO-" + wh + "/1";
        assertThat(post("api/v1/inventory/allocations", JSON, "{\"demandReference\":\"" + demand + "\",\"ndc\":\"" + METFORMIN
                + "\",\"quantity\":\"38\",\"unit\":\"EA\",\"warehouse\":\"" + wh + "\"}").statusCode()).isEqualTo(201);
        assertThat(post("api/v1/inventory/allocations/pick", JSON, "{\"demandReference\":\"" + demand + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(post("api/v1/inventory/allocations/ship", JSON, "{\"demandReference\":\"" + demand
                + "\",\"shipmentDocument\":\"SH-" + wh + "\"}").statusCode()).isEqualTo(200);
        productId = json(Http.get("api/v1/products/" + METFORMIN)).getJsonNumber("id").longValue();
    }

    private static JsonObject insights(String query) {
        HttpResponse<String> r = Http.getAs("MANAGER", "api/v1/insights" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    /** A service level not asked before: other figures, so no cached answer. */
    private static String freshFigures() {
        serviceLevelStep++;
        return "?serviceLevel=0." + serviceLevelStep;
    }

    private static JsonObject find(JsonArray items, long product) {
        return items.stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("productId").longValue() == product)
                .findFirst().orElseThrow(() -> new AssertionError("product " + product + " not in " + items));
    }

    /** Keeps the grounded answer as a sample for readers (target/insights-sample-answer.json; not asserted on). */
    private static void keepSample(JsonObject ai) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "insights-sample-answer-"
                    + System.getProperty("it.server", "server") + ".json"), ai.toString());
        } catch (java.io.IOException e) {
            System.err.println("could not keep the sample AI answer: " + e.getMessage());
        }
    }

    private static String aiHealth() {
        JsonObject ready = json(Http.get(SystemUnderTest.health().resolve("ready")));
        JsonObject ai = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("ai")).findFirst().orElseThrow();
        assertThat(ai.getString("status")).isEqualTo("UP");
        return ai.getJsonObject("data").getString("ai");
    }

    @Test
    @Order(1)
    void statisticsOfAShippedProductAndAGroundedAiSummary() {
        int before = AiStubServer.get().requestCount();
        JsonObject report = insights("");
        assertThat(report.getString("statisticsLabel")).isEqualTo("statistical results");
        JsonObject statistics = report.getJsonObject("statistics");
        assertThat(statistics.getString("demandSource")).isEqualTo("stock-ledger");
        // 38 EA shipped today, nothing else in 91 days: Croston SBA, z = 38, p = 91 -> 0.9 * 38/91 = 0.375824/day;
        // lead time 7 days (default), sigma 0 -> ROP = 2.631; position 40 - 38 = 2 -> Q = ceil(2.6308 + 30 x 0.3758 - 2) = 12
        JsonObject forecast = find(statistics.getJsonArray("forecasts"), productId);
        assertThat(forecast.getString("pattern")).isEqualTo("INTERMITTENT");
        assertThat(forecast.getString("method")).isEqualTo("CROSTON_SBA");
        assertThat(forecast.getJsonNumber("ratePerDay").bigDecimalValue()).isEqualByComparingTo("0.376");
        JsonObject reorder = find(statistics.getJsonArray("reorderSuggestions"), productId);
        assertThat(reorder.getJsonNumber("reorderPoint").bigDecimalValue()).isEqualByComparingTo("2.631");
        assertThat(reorder.getJsonNumber("position").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(reorder.getJsonNumber("orderQuantity").bigDecimalValue()).isEqualByComparingTo("12");
        assertThat(statistics.getJsonObject("customers").getBoolean("available")).isFalse();

        JsonObject ai = report.getJsonObject("ai");
        assertThat(ai.getString("label")).isEqualTo("AI summary");
        assertThat(ai.getString("status")).as(ai.toString()).isEqualTo("OK");
        assertThat(ai.getString("summary")).startsWith("Stub summary");
        assertThat(ai.getJsonArray("actions")).isNotEmpty();
        assertThat(ai.getJsonArray("actions").stream().map(v -> v.asJsonObject().getJsonNumber("productId").longValue()))
                .doesNotContain(999_999_999L);
        assertThat(ai.getInt("droppedActions")).isEqualTo(1);
        assertThat(ai.getJsonArray("dropReasons").getString(0)).contains("product 999999999 is not in the figures");
        assertThat(ai.getBoolean("cached")).isFalse();
        keepSample(ai);
        assertThat(AiStubServer.get().requestCount() - before).isEqualTo(1);
        assertThat(AiStubServer.get().lastAuthorization()).isEqualTo("Bearer " + AiStubServer.API_KEY);
        assertThat(AiStubServer.get().lastRequestBody()).contains("\"json_schema\"", "\"model\":\"stub-model\"");
        assertThat(aiHealth()).isEqualTo("ok");

        // Same figures again: answered from the cache, the model is not called
        JsonObject again = insights("").getJsonObject("ai");
        assertThat(again.getBoolean("cached")).isTrue();
        assertThat(again.getString("summary")).isEqualTo(ai.getString("summary"));
        assertThat(AiStubServer.get().requestCount() - before).isEqualTo(1);
    }

    @Test
    @Order(2)
    void onlyCallersWithInsightsViewAndValidParameters() {
        HttpResponse<String> denied = Http.getAs("SALES", "api/v1/insights");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> bad = Http.getAs("MANAGER", "api/v1/insights?serviceLevel=abc");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("serviceLevel");
        assertThat(Http.getAs("MANAGER", "api/v1/insights?coverDays=-1").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void serverErrorsAreRetriedABoundedNumberOfTimesThenTheCircuitOpensAndClosesAgain() throws InterruptedException {
        AiStubServer stub = AiStubServer.get();
        stub.behave(AiStubServer.Mode.FAIL_500);
        int before = stub.requestCount();
        JsonObject report = insights(freshFigures());
        JsonObject ai = report.getJsonObject("ai");
        assertThat(ai.getString("status")).isEqualTo("UNAVAILABLE");
        assertThat(ai.getString("message")).isEqualTo("AI unavailable: HTTP 500");
        assertThat(stub.requestCount() - before).as("one call + 2 retries").isEqualTo(3);
        // the statistics are served all the same
        find(report.getJsonObject("statistics").getJsonArray("reorderSuggestions"), productId);
        assertThat(aiHealth()).isEqualTo("unavailable");

        // 4th failed attempt in a row opens the circuit (3 of 4 failed); then calls fail at once, the stub sees nothing
        insights(freshFigures());
        int opened = stub.requestCount();
        JsonObject shortCircuited = insights(freshFigures()).getJsonObject("ai");
        assertThat(shortCircuited.getString("message")).contains("circuit open");
        assertThat(stub.requestCount()).isEqualTo(opened);

        // After the breaker's delay a trial call goes through and closes it
        stub.behave(AiStubServer.Mode.GROUNDED);
        String status = null;
        for (int i = 0; i < 25 && !"OK".equals(status); i++) {
            Thread.sleep(2000);
            status = insights(freshFigures()).getJsonObject("ai").getString("status");
        }
        assertThat(status).isEqualTo("OK");
        assertThat(aiHealth()).isEqualTo("ok");
    }

    @Test
    @Order(4)
    void aHangingModelTimesOutAndTheInsightsStillAnswer() {
        AiStubServer stub = AiStubServer.get();
        stub.behave(AiStubServer.Mode.HANG);
        try {
            int before = stub.requestCount();
            JsonObject report = insights(freshFigures());
            assertThat(report.getJsonObject("ai").getString("message")).isEqualTo("AI unavailable: timeout");
            assertThat(stub.requestCount() - before).as("one call + 2 retries").isEqualTo(3);
            assertThat(report.getJsonObject("statistics").getJsonArray("forecasts")).isNotEmpty();
        } finally {
            stub.behave(AiStubServer.Mode.GROUNDED);
        }
        assertThat(insights(freshFigures()).getJsonObject("ai").getString("status")).isEqualTo("OK");
    }

    @Test
    @Order(5)
    void tokenUsageAndLatencyAreMetrics() {
        HttpResponse<String> r = Http.get(SystemUnderTest.metrics());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("pharmadist_ai_calls_seconds_count\\{[^}]*outcome=\"ok\"")
                .containsPattern("pharmadist_ai_calls_seconds_count\\{[^}]*outcome=\"unavailable\"")
                .containsPattern("pharmadist_ai_calls_seconds_count\\{[^}]*outcome=\"cached\"")
                .containsPattern("pharmadist_ai_tokens[a-z_]*\\{[^}]*kind=\"prompt\"");
    }
}
