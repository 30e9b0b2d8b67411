package org.pharmadist.platform.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/** Times every REST request and hands it to {@link RequestMetrics}. */
@Provider
@PreMatching
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetricsFilter.class.getName() + ".started";
    private static volatile RequestMetrics metrics;
    private static volatile boolean failureLogged;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        String endpoint = "unmatched";
        if (resource != null && resource.getResourceMethod() != null) {
            endpoint = resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
        }
        try {
            recorder().record(endpoint, response.getStatus(), Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            // A metrics failure must never fail the request; say so once, loudly.
            if (!failureLogged) {
                failureLogged = true;
                java.util.logging.Logger.getLogger(RequestMetricsFilter.class.getName())
                        .log(java.util.logging.Level.SEVERE, "Recording request metrics failed; requests continue unmeasured", e);
            }
        }
    }

    private static RequestMetrics recorder() {
        RequestMetrics m = metrics;
        if (m == null) {
            synchronized (RequestMetricsFilter.class) {
                if (metrics == null) {
                    metrics = RequestMetrics.forThisServer();
                }
                m = metrics;
            }
        }
        return m;
    }
}
