package org.pharmadist.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;

/**
 * {@link RequestMetrics} over Micrometer (WildFly's micrometer subsystem, Prometheus registry).
 *
 * <p>Registers through {@code registry.timer(name, tags)}, not {@code Timer.builder(..).register(registry)}:
 * the registry WildFly 39 hands to a deployment only forwards the former to its exported registries; a
 * builder-registered meter stays in a private registry and never reaches {@code /metrics}. (So the
 * Prometheus HELP text is not set here.)
 */
final class MicrometerRequestMetrics implements RequestMetrics {

    private final MeterRegistry registry = CDI.current().select(MeterRegistry.class).get();

    @Override
    public void record(String endpoint, int status, Duration elapsed) {
        // timer(String, Iterable<Tag>): in every Micrometer version (WildFly 39 ships 1.15; timer(String, Tags)
        // only exists in the newer API this module compiles against).
        List<Tag> tags = List.of(Tag.of("endpoint", endpoint), Tag.of("status", Integer.toString(status)));
        registry.timer(NAME, tags).record(elapsed);
    }
}
