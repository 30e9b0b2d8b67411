package org.pharmadist.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * {@code /health/started}: UP once the application's services are deployed and answer. It does not
 * depend on the database (the application starts without one and reports that on readiness).
 */
@Startup
@ApplicationScoped
public class ApplicationStartedCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            InitialContext.doLookup(PlatformStatus.JNDI_NAME);
            return HealthCheckResponse.up("application");
        } catch (NamingException e) {
            return HealthCheckResponse.named("application").down().withData("reason", "services not deployed yet").build();
        }
    }
}
