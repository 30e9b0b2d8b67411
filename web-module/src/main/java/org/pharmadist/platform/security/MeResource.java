package org.pharmadist.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/me}: the caller, roles and effective permissions (from a per-user cache). */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class MeResource {

    @Inject
    CallerProfiles profiles;

    /** The current caller. */
    @GET
    @Operation(summary = "Who am I", description = "User name, display name, roles and effective permissions "
            + "(\"module:action\"). Served from a per-user cache dropped when roles or permissions change.")
    public CallerProfile me(@Context SecurityContext security) {
        return profiles.of(security.getUserPrincipal().getName());
    }
}
