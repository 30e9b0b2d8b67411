package org.pharmadist.platform.metrics;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** {@link RequestMetrics} over MicroProfile Metrics (Open Liberty). */
final class MicroProfileRequestMetrics implements RequestMetrics {

    private static final Metadata METADATA = Metadata.builder().withName(NAME).withDescription(DESCRIPTION)
            .withUnit(MetricUnits.SECONDS).build();

    private final MetricRegistry registry = CDI.current().select(MicroProfileRegistryHolder.class).get().registry();

    @Override
    public void record(String endpoint, int status, Duration elapsed) {
        registry.timer(METADATA, new Tag("endpoint", endpoint), new Tag("status", Integer.toString(status))).update(elapsed);
    }
}
