package org.pharmadist.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;

/** {@link AiMetrics} over Micrometer (WildFly); registered as {@link MicrometerRequestMetrics} explains. */
final class MicrometerAiMetrics implements AiMetrics {

    private final MeterRegistry registry = CDI.current().select(MeterRegistry.class).get();

    @Override
    public void record(String outcome, Duration latency, long promptTokens, long completionTokens, int dropped) {
        registry.timer(CALLS, List.of(Tag.of("outcome", outcome))).record(latency);
        registry.counter(TOKENS, List.of(Tag.of("kind", "prompt"))).increment(promptTokens);
        registry.counter(TOKENS, List.of(Tag.of("kind", "completion"))).increment(completionTokens);
        registry.counter(DROPPED, List.<Tag>of()).increment(dropped);
    }
}
