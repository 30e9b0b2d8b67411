package org.pharmadist.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;

/** {@link RequestMetrics} over Micrometer (WildFly's micrometer subsystem, Prometheus registry). */
final class MicrometerRequestMetrics implements RequestMetrics {

    private final MeterRegistry registry = CDI.current().select(MeterRegistry.class).get();

    @Override
    public void record(String endpoint, int status, Duration elapsed) {
        Timer.builder(NAME).description(DESCRIPTION).tag("endpoint", endpoint).tag("status", Integer.toString(status))
                .register(registry).record(elapsed);
    }
}
