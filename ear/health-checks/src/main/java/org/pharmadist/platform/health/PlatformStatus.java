package org.pharmadist.platform.health;

import java.util.Map;

/**
 * The application's own view of its dependencies, as the health checks report it.
 *
 * <p>Implemented by an EJB in the EJB module and looked up by its portable JNDI name
 * ({@link #JNDI_NAME}); this interface lives in the EAR's {@code lib/} so that both the health
 * checks (also in {@code lib/}) and the EJB module can see it.
 */
public interface PlatformStatus {

    /** Portable global JNDI name of the implementation (application "pharmadist", module "pharmadist-ejb"). */
    String JNDI_NAME = "java:global/pharmadist/pharmadist-ejb/PlatformStatusBean!org.pharmadist.platform.health.PlatformStatus";

    /**
     * Whether the database is reachable right now and the schema migrations are current.
     *
     * @return a snapshot; never null
     */
    Readiness databaseReadiness();

    /**
     * Status of optional integrations that never make the server unready (AI service, caches), as
     * name to status text, e.g. {@code "ai" -> "not-configured"}.
     */
    Map<String, String> integrations();

    /**
     * Database readiness snapshot.
     *
     * @param up       true when the database answered and the schema is at the latest migration
     * @param details  key/value facts for the health response (reason when down, schema version, ...)
     */
    record Readiness(boolean up, Map<String, String> details) implements java.io.Serializable { }
}
