package org.pharmadist.platform.metrics;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Records the application's own request latency and counts under the same metric name on both
 * servers: {@code pharmadist.http.requests} (a timer; Prometheus {@code pharmadist_http_requests_seconds_*})
 * tagged with {@code endpoint} (resource class and method) and {@code status}.
 *
 * <p>This is the one place that knows the servers differ: Open Liberty offers MicroProfile Metrics,
 * WildFly 39 offers Micrometer instead. {@link #forThisServer()} picks whichever API the server
 * provides; each implementation is loaded only when its API is present.
 */
public interface RequestMetrics {

    /** Metric name. */
    String NAME = "pharmadist.http.requests";
    /** Metric description. */
    String DESCRIPTION = "Latency and count of PharmaDist REST requests by endpoint and HTTP status";

    /** Records one finished request. */
    void record(String endpoint, int status, Duration elapsed);

    /** The recorder for the server this runs on; a no-op recorder only if neither API is present (logged). */
    static RequestMetrics forThisServer() {
        Logger log = Logger.getLogger(RequestMetrics.class.getName());
        if (present("org.eclipse.microprofile.metrics.MetricRegistry")
                && !CDI.current().select(MicroProfileRegistryHolder.class).isUnsatisfied()) {
            log.info("Request metrics: MicroProfile Metrics");
            return new MicroProfileRequestMetrics();
        }
        if (present("io.micrometer.core.instrument.MeterRegistry")) {
            log.info("Request metrics: Micrometer");
            return new MicrometerRequestMetrics();
        }
        log.severe("Neither MicroProfile Metrics nor Micrometer is available: request metrics are NOT recorded");
        return (endpoint, status, elapsed) -> { };
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, RequestMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
