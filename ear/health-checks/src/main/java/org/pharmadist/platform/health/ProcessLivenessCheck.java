package org.pharmadist.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: cheap; DOWN only when the JVM is close to running out of heap (less than
 * 2 % of the maximum heap free after allocation), the one state a restart cures.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

    private static final double MIN_FREE_HEAP_RATIO = 0.02;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long used = rt.totalMemory() - rt.freeMemory();
        long free = max - used;
        return HealthCheckResponse.named("heap")
                .status(free >= max * MIN_FREE_HEAP_RATIO)
                .withData("heapUsedMiB", used / (1024 * 1024))
                .withData("heapMaxMiB", max / (1024 * 1024))
                .build();
    }
}
