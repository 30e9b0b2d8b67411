package org.pharmadist.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: DOWN while PostgreSQL is unreachable or the schema is not at the latest
 * Flyway migration, with the reason in the response data. Also carries the status of optional
 * integrations (AI), which never make the server unready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try {
            PlatformStatus status = InitialContext.doLookup(PlatformStatus.JNDI_NAME);
            PlatformStatus.Readiness readiness = status.databaseReadiness();
            readiness.details().forEach(response::withData);
            status.integrations().forEach(response::withData);
            return response.status(readiness.up()).build();
        } catch (NamingException | RuntimeException e) {
            return response.down()
                    .withData("reason", "application services not available yet: " + e.getClass().getSimpleName())
                    .build();
        }
    }
}
