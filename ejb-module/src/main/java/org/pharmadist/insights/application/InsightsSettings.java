package org.pharmadist.insights.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * Settings of the insights module, read once through MicroProfile Config (environment variables use the upper-case
 * underscore form, e.g. {@code PHARMADIST_AI_BASE_URL}).
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>name</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code pharmadist.ai.api-key}</td><td>(none; {@code OPENAI_API_KEY} also read)</td><td>without it the AI
 *     panel says NOT_CONFIGURED and nothing is called</td></tr>
 * <tr><td>{@code pharmadist.ai.base-url}</td><td>OpenAI's</td><td>Azure OpenAI or any OpenAI-compatible server,
 *     e.g. {@code http://llm.internal:8000/v1}</td></tr>
 * <tr><td>{@code pharmadist.ai.model}</td><td>{@code gpt-4o-mini}</td><td>chat model name</td></tr>
 * <tr><td>{@code pharmadist.ai.timeout-seconds}</td><td>20</td><td>one HTTP request to the model (connect, read,
 *     whole call)</td></tr>
 * <tr><td>{@code pharmadist.ai.rate-limit-retries}</td><td>2</td><td>how often a 429 is waited out</td></tr>
 * <tr><td>{@code pharmadist.ai.retry-after-cap-seconds}</td><td>10</td><td>longest wait for one Retry-After</td></tr>
 * <tr><td>{@code pharmadist.ai.cache-minutes}</td><td>60</td><td>how long an answer is reused for the same figures</td></tr>
 * <tr><td>{@code pharmadist.insights.history-days}</td><td>91</td><td>demand history window</td></tr>
 * <tr><td>{@code pharmadist.insights.alpha}</td><td>0.2</td><td>smoothing constant</td></tr>
 * <tr><td>{@code pharmadist.insights.service-level}</td><td>0.95</td><td>cycle service level</td></tr>
 * <tr><td>{@code pharmadist.insights.cover-days}</td><td>30</td><td>order cover after the lead time</td></tr>
 * <tr><td>{@code pharmadist.insights.default-lead-time-days}</td><td>7</td><td>when no preferred supplier</td></tr>
 * <tr><td>{@code pharmadist.insights.return-min-days}</td><td>180</td><td>expiry action threshold</td></tr>
 * <tr><td>{@code pharmadist.insights.redistribute-min-days}</td><td>45</td><td>expiry action threshold</td></tr>
 * <tr><td>{@code pharmadist.insights.expiry-horizon-days}</td><td>365</td><td>lots assessed for expiry</td></tr>
 * <tr><td>{@code pharmadist.insights.churn-window-days}</td><td>90</td><td>recent window of the churn rule</td></tr>
 * <tr><td>{@code pharmadist.insights.max-items}</td><td>25</td><td>lines per list</td></tr>
 * </table>
 */
@ApplicationScoped
public class InsightsSettings {

    public static final String AI_BASE_URL = "pharmadist.ai.base-url";
    public static final String AI_MODEL = "pharmadist.ai.model";
    public static final String AI_TIMEOUT = "pharmadist.ai.timeout-seconds";
    public static final String AI_RATE_LIMIT_RETRIES = "pharmadist.ai.rate-limit-retries";
    public static final String AI_RETRY_AFTER_CAP = "pharmadist.ai.retry-after-cap-seconds";
    public static final String AI_CACHE_MINUTES = "pharmadist.ai.cache-minutes";

    @Inject
    Config config;

    @Inject
    PharmaDistSettings platform;

    private AiConfig ai;
    private InsightsParameters defaults;

    @PostConstruct
    void read() {
        ai = new AiConfig(platform.openAiApiKey(),
                config.getOptionalValue(AI_BASE_URL, String.class).filter(s -> !s.isBlank()).map(String::strip),
                config.getOptionalValue(AI_MODEL, String.class).filter(s -> !s.isBlank()).orElse("gpt-4o-mini"),
                Duration.ofSeconds(intValue(AI_TIMEOUT, 20, 1, 600)),
                intValue(AI_RATE_LIMIT_RETRIES, 2, 0, 10),
                Duration.ofSeconds(intValue(AI_RETRY_AFTER_CAP, 10, 0, 300)),
                Duration.ofMinutes(intValue(AI_CACHE_MINUTES, 60, 0, 24 * 60)));
        defaults = new InsightsParameters(intValue("pharmadist.insights.history-days", 91, 7, 730),
                config.getOptionalValue("pharmadist.insights.alpha", Double.class).filter(a -> a > 0 && a <= 1).orElse(0.2),
                config.getOptionalValue("pharmadist.insights.service-level", Double.class)
                        .filter(l -> l >= 0.5 && l <= 0.999).orElse(0.95),
                intValue("pharmadist.insights.cover-days", 30, 0, 365),
                intValue("pharmadist.insights.default-lead-time-days", 7, 0, 365),
                intValue("pharmadist.insights.return-min-days", 180, 0, 3650),
                intValue("pharmadist.insights.redistribute-min-days", 45, 0, 3650),
                intValue("pharmadist.insights.expiry-horizon-days", 365, 1, 3650),
                intValue("pharmadist.insights.churn-window-days", 90, 7, 730),
                intValue("pharmadist.insights.max-items", 25, 1, 200));
    }

    private int intValue(String name, int fallback, int min, int max) {
        return config.getOptionalValue(name, Integer.class).filter(v -> v >= min && v <= max).orElse(fallback);
    }

    /** Model connection settings. */
    public AiConfig ai() {
        return ai;
    }

    /** Default computation parameters. */
    public InsightsParameters defaults() {
        return defaults;
    }

    /**
     * How the model is reached.
     *
     * @param apiKey              key; empty = AI not configured
     * @param baseUrl             API base URL; empty = OpenAI's
     * @param model               model name
     * @param timeout             one HTTP request
     * @param rateLimitRetries    429 answers waited out per call
     * @param retryAfterCap       longest honoured Retry-After
     * @param cacheFor            answer reuse time for equal figures
     */
    public record AiConfig(Optional<String> apiKey, Optional<String> baseUrl, String model, Duration timeout,
            int rateLimitRetries, Duration retryAfterCap, Duration cacheFor) {

        /** True when a key is set. */
        public boolean configured() {
            return apiKey.isPresent();
        }
    }
}
