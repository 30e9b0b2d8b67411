package org.pharmadist.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Holds the MicroProfile application metric registry (it can only be injected, not looked up
 * programmatically, on Open Liberty). On servers without MicroProfile Metrics (WildFly 39) the
 * container skips this bean because its API type is missing, and {@link RequestMetrics} uses Micrometer.
 */
@ApplicationScoped
public class MicroProfileRegistryHolder {

    @Inject
    MetricRegistry registry;

    MetricRegistry registry() {
        return registry;
    }
}
