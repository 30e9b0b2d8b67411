package org.pharmadist.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pharmadist.platform.idempotency.IdempotencyService;

/**
 * Honours the {@code Idempotency-Key} header on every REST create (POST): the first request with a
 * key runs and its response is stored; a retry with the same key and body gets the stored response
 * (same status, Location and body) and creates nothing; the same key with another body is refused
 * with 422; a retry while the first is still running gets 409. Keys are scoped by user and path.
 */
@Provider
public class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request header name. */
    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyKeyFilter.class.getName() + ".claimed";
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** Stored instead of the body of a {@link SecretResponse}. */
    static final String SECRET_MARKER = "application/x-pharmadist-secret-not-stored";

    @Inject
    IdempotencyService idempotency;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null) {
            return;
        }
        key = key.trim();
        if (key.isEmpty() || key.length() > 200) {
            request.abortWith(Problem.withFields(400, "invalid-idempotency-key", "Invalid request",
                    "Idempotency-Key must be 1 to 200 characters.", java.util.Map.of(HEADER, "1 to 200 characters")).toResponse());
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = scope(request);
        IdempotencyService.Claim claim = idempotency.begin(scope, key, sha256(body));
        if (claim.proceed()) {
            request.setProperty(CLAIMED, new String[] {scope, key});
            return;
        }
        if (SECRET_MARKER.equals(claim.contentType())) {
            request.abortWith(Problem.of(409, "idempotency-secret-not-replayed", "Conflict",
                    "This request was already carried out; its answer held a secret that is shown only once. "
                            + "Revoke it and make a new request with a new Idempotency-Key if it was lost.").toResponse());
            return;
        }
        Response.ResponseBuilder replay = Response.status(claim.status()).header("Idempotent-Replayed", "true");
        if (claim.location() != null) {
            replay.header("Location", claim.location());
        }
        if (claim.body() != null) {
            replay.entity(claim.body()).type(claim.contentType() == null ? MediaType.APPLICATION_JSON : claim.contentType());
        }
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            String body = null;
            String type = null;
            boolean secret = resource != null && resource.getResourceMethod() != null
                    && resource.getResourceMethod().isAnnotationPresent(SecretResponse.class);
            if (secret) {
                type = SECRET_MARKER;
            } else if (response.hasEntity()) {
                Object entity = response.getEntity();
                body = entity instanceof String s ? s : JSONB.toJson(entity);
                type = MediaType.APPLICATION_JSON;
                response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
            }
            String location = response.getHeaderString("Location");
            idempotency.complete(claimed[0], claimed[1], response.getStatus(), location, type, body);
        } else {
            idempotency.release(claimed[0], claimed[1]);
        }
    }

    private static String scope(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        String user = security == null || security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        return user + " POST /" + request.getUriInfo().getPath();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
