package org.pharmadist.platform.metrics;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Metrics of the AI insights calls, under the same names on both servers (MicroProfile Metrics on Open Liberty,
 * Micrometer on WildFly, chosen like {@link RequestMetrics}):
 * <ul>
 * <li>{@value #CALLS} (timer, seconds; Prometheus {@code pharmadist_ai_calls_seconds_*}) tagged {@code outcome}
 *     {@code ok}, {@code unavailable}, {@code cached} or {@code not-configured}: latency of the model call (0 for
 *     cached and not-configured answers, which call nothing);</li>
 * <li>{@value #TOKENS} (counter, tokens) tagged {@code kind} {@code prompt} or {@code completion};</li>
 * <li>{@value #DROPPED} (counter) of model actions dropped because they named something not in the figures.</li>
 * </ul>
 */
public interface AiMetrics {

    String CALLS = "pharmadist.ai.calls";
    String CALLS_DESCRIPTION = "AI insights answers by outcome and the latency of their model call";
    String TOKENS = "pharmadist.ai.tokens";
    String TOKENS_DESCRIPTION = "Tokens used by AI insights model calls, by kind (prompt, completion)";
    String DROPPED = "pharmadist.ai.actions.dropped";
    String DROPPED_DESCRIPTION = "AI actions dropped because their product, lot, customer or quantity was not in the figures";

    /**
     * Records one AI panel.
     *
     * @param outcome          ok, unavailable, cached, not-configured
     * @param latency          model call duration
     * @param promptTokens     input tokens
     * @param completionTokens output tokens
     * @param dropped          dropped actions
     */
    void record(String outcome, Duration latency, long promptTokens, long completionTokens, int dropped);

    /** The recorder for this server; a no-op only if neither metrics API is present (logged). */
    static AiMetrics forThisServer() {
        Logger log = Logger.getLogger(AiMetrics.class.getName());
        try {
            Class.forName("org.eclipse.microprofile.metrics.MetricRegistry", false, AiMetrics.class.getClassLoader());
            if (!jakarta.enterprise.inject.spi.CDI.current().select(MicroProfileRegistryHolder.class).isUnsatisfied()) {
                return new MicroProfileAiMetrics();
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // no MicroProfile Metrics here
        }
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, AiMetrics.class.getClassLoader());
            return new MicrometerAiMetrics();
        } catch (ClassNotFoundException | LinkageError e) {
            log.severe("Neither MicroProfile Metrics nor Micrometer is available: AI metrics are NOT recorded");
            return (outcome, latency, prompt, completion, dropped) -> { };
        }
    }
}
