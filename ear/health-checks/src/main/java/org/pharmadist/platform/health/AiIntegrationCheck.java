package org.pharmadist.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, check {@code ai}: always UP (the AI summary is optional: without it the statistics still
 * serve), with data {@code ai: not-configured | unavailable | ok} ({@code unavailable} after a failed model call
 * or while the circuit breaker is open). Lives in the EAR's lib/ with the other checks (WildFly registers them
 * from there).
 */
@Readiness
@ApplicationScoped
public class AiIntegrationCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        String status;
        try {
            PlatformStatus platform = InitialContext.doLookup(PlatformStatus.JNDI_NAME);
            status = platform.integrations().getOrDefault("ai", "not-configured");
        } catch (NamingException | RuntimeException e) {
            status = "unavailable";
        }
        return HealthCheckResponse.named("ai").up().withData("ai", status).build();
    }
}
