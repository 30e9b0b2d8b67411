package org.pharmadist.platform.metrics;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** {@link AiMetrics} over MicroProfile Metrics (Open Liberty). */
final class MicroProfileAiMetrics implements AiMetrics {

    private static final Metadata CALLS_METADATA = Metadata.builder().withName(CALLS).withDescription(CALLS_DESCRIPTION)
            .withUnit(MetricUnits.SECONDS).build();
    private static final Metadata TOKENS_METADATA = Metadata.builder().withName(TOKENS)
            .withDescription(TOKENS_DESCRIPTION).withUnit(MetricUnits.NONE).build();
    private static final Metadata DROPPED_METADATA = Metadata.builder().withName(DROPPED)
            .withDescription(DROPPED_DESCRIPTION).withUnit(MetricUnits.NONE).build();

    private final MetricRegistry registry = CDI.current().select(MicroProfileRegistryHolder.class).get().registry();

    @Override
    public void record(String outcome, Duration latency, long promptTokens, long completionTokens, int dropped) {
        registry.timer(CALLS_METADATA, new Tag("outcome", outcome)).update(latency);
        registry.counter(TOKENS_METADATA, new Tag("kind", "prompt")).inc(promptTokens);
        registry.counter(TOKENS_METADATA, new Tag("kind", "completion")).inc(completionTokens);
        registry.counter(DROPPED_METADATA).inc(dropped);
    }
}
