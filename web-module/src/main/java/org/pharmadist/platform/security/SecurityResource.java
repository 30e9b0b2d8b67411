package org.pharmadist.platform.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.PageRequest;

/** Security administration over REST: users, roles, API tokens, the audit trail. */
@Path("/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class SecurityResource {

    @Inject
    SecurityAdministration administration;

    /**
     * Body of a token request.
     *
     * @param username     account the token acts as
     * @param clientName   what the client is
     * @param validityDays 1..366
     */
    public record TokenRequest(String username, String clientName, Integer validityDays) { }

    /** Body of a role assignment: the complete new set of roles. */
    public record RolesRequest(List<String> roles) { }

    @GET
    @Path("/users")
    @Operation(summary = "List users (security:view)")
    public List<AccountService.UserSummary> users() {
        return administration.users();
    }

    @PUT
    @Path("/users/{username}/roles")
    @Operation(summary = "Replace a user's roles (security:administer)")
    public Response assignRoles(@PathParam("username") String username, RolesRequest request) {
        if (request == null || request.roles() == null) {
            throw new InvalidInputException("invalid-roles", "roles", "give the list of roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : request.roles()) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-roles", "roles", "unknown role '" + r + "'; roles are "
                        + List.of(Role.NAMES));
            }
        }
        administration.assignRoles(username, roles);
        return Response.noContent().build();
    }

    @POST
    @Path("/users/{username}/unlock")
    @Operation(summary = "Unlock a locked account (security:administer)")
    public Response unlock(@PathParam("username") String username) {
        administration.unlock(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/tokens")
    @org.pharmadist.platform.rest.SecretResponse
    @Operation(summary = "Issue an API token (security:administer); the token is in this answer only")
    public Response issueToken(TokenRequest request) {
        if (request == null || request.username() == null) {
            throw new InvalidInputException("invalid-token-request", "username", "give the username the token acts as");
        }
        IssuedToken token = administration.issueToken(request.username(), request.clientName(),
                request.validityDays() == null ? 90 : request.validityDays());
        return Response.status(Response.Status.CREATED).entity(token).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke an API token (security:administer)")
    public Response revokeToken(@PathParam("id") String id) {
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-token-id", "id", "token id must be a number");
        }
        administration.revokeToken(tokenId);
        return Response.noContent().build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Security audit trail, newest first (audit:view)")
    public List<SecurityAuditLog.Entry> audit(@QueryParam("limit") String limit) {
        return administration.auditTrail(PageRequest.parse(limit, null, null).limit());
    }
}
