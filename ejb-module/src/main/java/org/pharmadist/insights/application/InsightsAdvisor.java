package org.pharmadist.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.pharmadist.insights.application.AiPanel.AiAction;
import org.pharmadist.insights.application.InsightsSettings.AiConfig;

/**
 * Asks the language model to explain and prioritise the statistical figures: the figures go as JSON
 * ({@link FiguresJson}), the answer comes back as JSON of a fixed schema ({@link #ANSWER_SCHEMA}: {@code summary}
 * and {@code actions[]} with {@code priority, type, productId, lotId, customerId, quantity, text}); every action is
 * checked against the figures ({@link GroundingCheck}) and dropped when it names anything the figures do not hold.
 *
 * <p>No key: {@link AiPanel#notConfigured()} without calling anything. Any failure (timeout, HTTP 5xx, 429 after the
 * honoured waits, open circuit, unparseable answer): {@link AiPanel#unavailable}; the statistics are unaffected.
 * Answers are reused for equal figures ({@link AnswerCache}). A plain CDI bean, called outside any transaction.
 */
@ApplicationScoped
public class InsightsAdvisor {

    private static final Logger LOG = Logger.getLogger(InsightsAdvisor.class.getName());

    /** Changes whenever the instructions or the schema change (part of the cache key). */
    static final String PROMPT_VERSION = "insights-v1";

    static final String SYSTEM_PROMPT = """
            You are the planning assistant of a pharmaceutical distributor. You receive statistical figures as JSON: \
            demand forecasts per product (stock units per day), reorder suggestions (reorder point, position, \
            orderQuantity), lots whose stock will not sell before expiry (atRiskQuantity, suggestedAction) and \
            customers whose ordering is dropping. Write a summary of at most three sentences and at most eight \
            actions, most urgent first. Use only productId, lotId, customerId values and quantities that appear in \
            the figures, copied exactly; never invent or recompute a number. Use null for what an action does not \
            concern. Action types: REORDER (quantity = orderQuantity), RETURN_TO_SUPPLIER, REDISTRIBUTE, DISCOUNT \
            (quantity = atRiskQuantity of the lot), CONTACT_CUSTOMER, REVIEW.""";

    /** JSON schema of the answer (strict structured output: every property required, nulls allowed). */
    static final Map<String, Object> ANSWER_SCHEMA = answerSchema();

    @Inject
    InsightsSettings settings;

    @Inject
    ModelPort model;

    @Inject
    AnswerCache cache;

    @Inject
    AiStatusTracker status;

    private Clock clock = Clock.systemUTC();

    /** CDI. */
    protected InsightsAdvisor() {
    }

    /** Wiring without a container (tests). */
    public InsightsAdvisor(InsightsSettings.AiConfig config, ModelPort model, AnswerCache cache, AiStatusTracker status) {
        this.fixedConfig = config;
        this.model = model;
        this.cache = cache;
        this.status = status;
    }

    private AiConfig fixedConfig;

    private AiConfig config() {
        return fixedConfig != null ? fixedConfig : settings.ai();
    }

    /**
     * The AI panel for these figures.
     *
     * @return OK with grounded actions, NOT_CONFIGURED or UNAVAILABLE; never throws for a model failure
     */
    public AiPanel advise(InsightsFigures figures) {
        AiConfig ai = config();
        if (!ai.configured()) {
            return AiPanel.notConfigured();
        }
        String figuresJson = FiguresJson.of(figures);
        String key = AnswerCache.key(ai.model(), PROMPT_VERSION, ai.baseUrl().orElse(""), figuresJson);
        var hit = cache.get(key, clock.instant());
        if (hit.isPresent()) {
            return hit.get().asCached();
        }
        try {
            ModelReply reply = model.complete(SYSTEM_PROMPT, figuresJson, "pharmadist_insights", ANSWER_SCHEMA);
            AiPanel panel = parse(reply, figures);
            cache.put(key, panel, clock.instant(), ai.cacheFor());
            status.succeeded(clock.instant());
            return panel;
        } catch (ModelCallException e) {
            return failed(e.reason(), e);
        } catch (CircuitBreakerOpenException e) {
            return failed("circuit open after repeated failures", e);
        } catch (TimeoutException e) {
            return failed("timeout", e);
        } catch (FaultToleranceException e) {
            return failed(e.getClass().getSimpleName(), e);
        }
    }

    private AiPanel failed(String reason, Exception e) {
        status.failed(reason, clock.instant());
        LOG.log(Level.WARNING, "AI insights unavailable: {0}", reason);
        LOG.log(Level.FINE, "AI call failure", e);
        return AiPanel.unavailable(reason);
    }

    /**
     * Parses the structured answer and applies the grounding check.
     *
     * @throws ModelCallException.Rejected when the text is not the answer schema's JSON
     */
    static AiPanel parse(ModelReply reply, InsightsFigures figures) {
        JsonObject answer;
        try {
            answer = Json.createReader(new StringReader(reply.content())).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ModelCallException.Rejected("the answer is not JSON", e);
        }
        try {
            String summary = answer.getString("summary");
            JsonArray actions = answer.getJsonArray("actions");
            List<AiAction> proposed = new ArrayList<>();
            int order = 0;
            for (JsonValue v : actions == null ? JsonValue.EMPTY_JSON_ARRAY : actions) {
                JsonObject a = v.asJsonObject();
                order++;
                Long priority = longOf(a.get("priority"));
                proposed.add(new AiAction(priority == null ? 1000 + order : priority.intValue(),
                        a.containsKey("type") && a.get("type") instanceof JsonString s ? s.getString() : "?",
                        longOf(a.get("productId")), longOf(a.get("lotId")), longOf(a.get("customerId")),
                        decimalOf(a.get("quantity")), a.get("text") instanceof JsonString t ? t.getString() : ""));
            }
            GroundingCheck.Result result = new GroundingCheck(figures).check(proposed);
            return new AiPanel(AiPanel.OK, AiPanel.LABEL, null, reply.model(), summary, result.kept(),
                    result.dropped().size(), result.dropped(), false, reply.latency().toMillis(), reply.promptTokens(),
                    reply.completionTokens());
        } catch (ClassCastException | NullPointerException | NumberFormatException | ArithmeticException e) {
            throw new ModelCallException.Rejected("the answer does not follow the schema", e);
        }
    }

    private static Long longOf(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.longValueExact();
        }
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return Long.parseLong(s.getString().strip());
        }
        return null;
    }

    private static BigDecimal decimalOf(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return new BigDecimal(s.getString().strip());
        }
        return null;
    }

    private static Map<String, Object> answerSchema() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("priority", Map.of("type", "integer", "description", "1 = most urgent"));
        props.put("type", Map.of("type", "string", "enum", GroundingCheck.TYPES));
        props.put("productId", Map.of("type", List.of("integer", "null")));
        props.put("lotId", Map.of("type", List.of("integer", "null")));
        props.put("customerId", Map.of("type", List.of("integer", "null")));
        props.put("quantity", Map.of("type", List.of("number", "null"), "description", "stock units, copied from the figures"));
        props.put("text", Map.of("type", "string"));
        action.put("properties", props);
        action.put("required", List.copyOf(props.keySet()));
        action.put("additionalProperties", false);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "object");
        root.put("properties", Map.of("summary", Map.of("type", "string"), "actions", Map.of("type", "array", "items", action)));
        root.put("required", List.of("summary", "actions"));
        root.put("additionalProperties", false);
        return root;
    }
}
