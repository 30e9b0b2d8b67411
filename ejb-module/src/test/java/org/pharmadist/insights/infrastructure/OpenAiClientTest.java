package org.pharmadist.insights.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pharmadist.insights.application.AiPanel;
import org.pharmadist.insights.application.AiStatusTracker;
import org.pharmadist.insights.application.AnswerCache;
import org.pharmadist.insights.application.InsightsAdvisor;
import org.pharmadist.insights.application.InsightsFigures;
import org.pharmadist.insights.application.InsightsFigures.CustomerInsights;
import org.pharmadist.insights.application.InsightsFigures.ExpiryRiskLine;
import org.pharmadist.insights.application.InsightsFigures.ProductForecast;
import org.pharmadist.insights.application.InsightsFigures.ReorderLine;
import org.pharmadist.insights.application.InsightsParameters;
import org.pharmadist.insights.application.InsightsSettings.AiConfig;
import org.pharmadist.insights.application.ModelCallException;
import org.pharmadist.insights.application.ModelPort;

/**
 * The real openai-java client (OkHttp) against a local OpenAI-compatible server in this JVM: request shape, the
 * structured answer and its grounding, 429 with Retry-After, 5xx, 401, timeouts, the cache and the no-key path.
 * (The MicroProfile Fault Tolerance policy around it, retries and the circuit breaker, needs a container: it is
 * proven by the system test InsightsRestIT on both servers.)
 */
class OpenAiClientTest {

    private OpenAiStub stub;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        stub = new OpenAiStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private AiConfig config(Duration timeout, int rateLimitRetries) {
        return new AiConfig(Optional.of("sk-test-key-123"), Optional.of(stub.baseUrl()), "gpt-test", timeout,
                rateLimitRetries, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    private ModelClient client(AiConfig config) {
        return new ModelClient(config, sleeps::add);
    }

    /** Product 101 needs 75 EA ordered; lot 501 of product 102 has 30 EA at risk (of 50). */
    static InsightsFigures figures() {
        InsightsParameters p = new InsightsParameters(91, 0.2, 0.95, 30, 7, 180, 45, 365, 90, 25);
        return new InsightsFigures(LocalDate.of(2026, 12, 4), "stock-ledger", p,
                List.of(new ProductForecast(101, "00002771501", "Insulin", "EA", "SMOOTH", "SES", 91, 91,
                        new BigDecimal("1.000"), new BigDecimal("0.020"), new BigDecimal("455.000"),
                        new BigDecimal("5.000"), new BigDecimal("2.000"))),
                List.of(new ReorderLine(101, "00002771501", "Insulin", "EA", 9, "preferred-supplier",
                        new BigDecimal("9.869"), new BigDecimal("54.869"), new BigDecimal("104.869"),
                        new BigDecimal("30.000"), new BigDecimal("75.000"))),
                List.of(new ExpiryRiskLine(102, "00409488820", "Heparin", "EA", 501, "H123", LocalDate.of(2026, 12, 23),
                        19, new BigDecimal("50.000"), new BigDecimal("20.000"), new BigDecimal("30.000"),
                        new BigDecimal("1.000"), "DISCOUNT")),
                new CustomerInsights(false, "no customers", List.of()));
    }

    static final String GROUNDED_AND_INVENTED = """
            {"summary":"Order insulin now; discount heparin lot H123.",
             "actions":[
              {"priority":2,"type":"DISCOUNT","productId":102,"lotId":501,"customerId":null,"quantity":30,"text":"Discount lot H123"},
              {"priority":1,"type":"REORDER","productId":101,"lotId":null,"customerId":null,"quantity":75.000,"text":"Order 75 EA"},
              {"priority":3,"type":"REORDER","productId":999,"lotId":null,"customerId":null,"quantity":10,"text":"Invented product"},
              {"priority":4,"type":"REORDER","productId":101,"lotId":null,"customerId":null,"quantity":80,"text":"Invented quantity"},
              {"priority":5,"type":"CONTACT_CUSTOMER","productId":null,"lotId":null,"customerId":77,"quantity":null,"text":"Invented customer"},
              {"priority":6,"type":"DISCOUNT","productId":101,"lotId":501,"customerId":null,"quantity":30,"text":"Lot of another product"}
             ]}""";

    @Test
    void sendsAStructuredOutputChatCompletionRequest() {
        stub.thenAnswer("{\"summary\":\"ok\",\"actions\":[]}");
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            client.complete("system text", "{\"figures\":1}", "pharmadist_insights", Map.of("type", "object"));
        }
        assertThat(stub.requests()).hasSize(1);
        OpenAiStub.Recorded r = stub.requests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.authorization()).isEqualTo("Bearer sk-test-key-123");
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        assertThat(body.getString("model")).isEqualTo("gpt-test");
        assertThat(body.getJsonArray("messages")).hasSize(2);
        assertThat(body.getJsonArray("messages").getJsonObject(0).getString("role")).isEqualTo("system");
        assertThat(body.getJsonArray("messages").getJsonObject(1).getString("content")).isEqualTo("{\"figures\":1}");
        JsonObject format = body.getJsonObject("response_format");
        assertThat(format.getString("type")).isEqualTo("json_schema");
        assertThat(format.getJsonObject("json_schema").getString("name")).isEqualTo("pharmadist_insights");
        assertThat(format.getJsonObject("json_schema").getBoolean("strict")).isTrue();
        assertThat(format.getJsonObject("json_schema").getJsonObject("schema").getString("type")).isEqualTo("object");
    }

    @Test
    void theAdvisorKeepsGroundedActionsAndDropsInventedOnes() {
        stub.thenAnswer(GROUNDED_AND_INVENTED);
        AiStatusTracker status = AiStatusTracker.standalone(true);
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            AiPanel panel = new InsightsAdvisor(config(Duration.ofSeconds(10), 2), client::complete, new AnswerCache(),
                    status).advise(figures());
            assertThat(panel.status()).isEqualTo(AiPanel.OK);
            assertThat(panel.label()).isEqualTo("AI summary");
            assertThat(panel.summary()).startsWith("Order insulin now");
            assertThat(panel.actions()).extracting(AiPanel.AiAction::priority, AiPanel.AiAction::type,
                    AiPanel.AiAction::productId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "REORDER", 101L),
                    org.assertj.core.groups.Tuple.tuple(2, "DISCOUNT", 102L));
            assertThat(panel.actions().get(0).quantity()).isEqualByComparingTo("75");
            assertThat(panel.droppedActions()).isEqualTo(4);
            assertThat(panel.dropReasons()).anySatisfy(r -> assertThat(r).contains("product 999 is not in the figures"))
                    .anySatisfy(r -> assertThat(r).contains("quantity 80 is not a figure of product 101"))
                    .anySatisfy(r -> assertThat(r).contains("customer 77 is not in the figures"))
                    .anySatisfy(r -> assertThat(r).contains("lot 501 is not a lot of product 101"));
            assertThat(panel.promptTokens()).isEqualTo(321);
            assertThat(panel.completionTokens()).isEqualTo(54);
            assertThat(panel.model()).isEqualTo("stub-model");
            assertThat(status.status()).isEqualTo("ok");
        }
        // The model received the figures it is checked against
        String sent = Json.createReader(new StringReader(stub.requests().get(0).body())).readObject()
                .getJsonArray("messages").getJsonObject(1).getString("content");
        assertThat(sent).contains("\"productId\":101", "\"orderQuantity\":75.000", "\"lotId\":501", "\"atRiskQuantity\":30.000");
    }

    @Test
    void equalFiguresAreAnsweredFromTheCache() {
        stub.thenAnswer(GROUNDED_AND_INVENTED);
        AnswerCache cache = new AnswerCache();
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            InsightsAdvisor advisor = new InsightsAdvisor(config(Duration.ofSeconds(10), 2), client::complete, cache,
                    AiStatusTracker.standalone(true));
            assertThat(advisor.advise(figures()).cached()).isFalse();
            AiPanel again = advisor.advise(figures());
            assertThat(again.cached()).isTrue();
            assertThat(again.actions()).hasSize(2);
        }
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void rateLimitIsWaitedOutHonouringRetryAfterUpToTheCap() {
        // Retry-After 7 s is capped at 5 s; retry-after-ms 1500 is honoured as 1.5 s; then the answer.
        stub.then(429, Map.of("Retry-After", "7"), "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\"}}")
                .then(429, Map.of("retry-after-ms", "1500"), "{\"error\":{\"message\":\"slow down\"}}")
                .thenAnswer("{\"summary\":\"ok\",\"actions\":[]}");
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            var reply = client.complete("s", "u", "n", Map.of("type", "object"));
            assertThat(reply.rateLimitWaits()).isEqualTo(2);
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(1500));
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void rateLimitBeyondTheBoundMakesTheAiUnavailable() {
        stub.then(429, Map.of("Retry-After", "1"), "{\"error\":{\"message\":\"slow down\"}}");
        AiStatusTracker status = AiStatusTracker.standalone(true);
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            AiPanel panel = new InsightsAdvisor(config(Duration.ofSeconds(10), 2), client::complete, new AnswerCache(),
                    status).advise(figures());
            assertThat(panel.status()).isEqualTo(AiPanel.UNAVAILABLE);
            assertThat(panel.message()).isEqualTo("AI unavailable: rate limited (HTTP 429) after 2 wait(s)");
            assertThat(panel.actions()).isEmpty();
        }
        assertThat(stub.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(status.status()).isEqualTo("unavailable");
    }

    @Test
    void serverErrorsAreRetryableAndTheSdkDoesNotRetryOnItsOwn() {
        stub.then(500, Map.of(), "{\"error\":{\"message\":\"boom\"}}");
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            assertThatThrownBy(() -> client.complete("s", "u", "n", Map.of("type", "object")))
                    .isInstanceOf(ModelCallException.Retryable.class)
                    .satisfies(e -> assertThat(((ModelCallException) e).reason()).isEqualTo("HTTP 500"));
        }
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aRefusedKeyIsNotRetryable() {
        stub.then(401, Map.of(), "{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\"}}");
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            assertThatThrownBy(() -> client.complete("s", "u", "n", Map.of("type", "object")))
                    .isInstanceOf(ModelCallException.Rejected.class);
        }
    }

    @Test
    void aHangingServerTimesOut() {
        stub.thenHang();
        try (ModelClient client = client(config(Duration.ofSeconds(1), 2))) {
            assertThatThrownBy(() -> client.complete("s", "u", "n", Map.of("type", "object")))
                    .isInstanceOf(ModelCallException.Retryable.class)
                    .satisfies(e -> assertThat(((ModelCallException) e).reason()).isEqualTo("timeout"));
        }
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void anAnswerThatIsNotJsonMakesTheAiUnavailable() {
        stub.thenAnswer("Sure! Here are my thoughts...");
        try (ModelClient client = client(config(Duration.ofSeconds(10), 2))) {
            AiPanel panel = new InsightsAdvisor(config(Duration.ofSeconds(10), 2), client::complete, new AnswerCache(),
                    AiStatusTracker.standalone(true)).advise(figures());
            assertThat(panel.status()).isEqualTo(AiPanel.UNAVAILABLE);
            assertThat(panel.message()).contains("not JSON");
        }
    }

    @Test
    void withoutAKeyNothingIsCalled() {
        AiConfig noKey = new AiConfig(Optional.empty(), Optional.of(stub.baseUrl()), "gpt-test", Duration.ofSeconds(5),
                2, Duration.ofSeconds(5), Duration.ofMinutes(10));
        ModelPort mustNotBeCalled = (s, u, n, schema) -> {
            throw new AssertionError("the model was called without a key");
        };
        AiPanel panel = new InsightsAdvisor(noKey, mustNotBeCalled, new AnswerCache(), AiStatusTracker.standalone(false))
                .advise(figures());
        assertThat(panel.status()).isEqualTo(AiPanel.NOT_CONFIGURED);
        assertThat(panel.message()).isEqualTo("AI not configured");
        assertThat(AiStatusTracker.standalone(false).status()).isEqualTo("not-configured");
        assertThat(stub.requests()).isEmpty();
    }
}
