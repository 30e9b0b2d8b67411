package org.pharmadist.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.pharmadist.platform.persistence.DatabaseLifecycle;

/**
 * Answers every API request with 503 problem+json while the database is unreachable or not yet
 * migrated, naming the reason, rather than failing deep inside a service.
 */
@Provider
@PreMatching
public class DatabaseGateFilter implements ContainerRequestFilter {

    @Inject
    DatabaseLifecycle database;

    @Override
    public void filter(ContainerRequestContext request) {
        String reason = database.unavailableReason();
        if (reason != null) {
            request.abortWith(ProblemMappers.unavailable(reason));
        }
    }
}
