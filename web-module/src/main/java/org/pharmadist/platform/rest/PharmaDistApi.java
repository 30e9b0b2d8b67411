package org.pharmadist.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, versioned in its path: {@code /api/v1}. Conventions every module follows:
 * <ul>
 * <li>JSON with camelCase field names; money and quantities as JSON numbers with their scale kept
 *     (unit prices scale 5, document amounts scale 2); instants in ISO-8601 UTC.</li>
 * <li>Lists answer {@code {"items": [...], "page": {"limit", "nextCursor", "total", "totalIsEstimate"}}};
 *     {@code cursor} (keyset, any depth) or {@code offset}; {@code fields=a,b} selects item fields.</li>
 * <li>Errors are RFC 9457 {@code application/problem+json} with {@code type}, {@code title},
 *     {@code status}, {@code detail} and, for input errors, {@code errors: [{field, message}]}.</li>
 * <li>Creates honour an {@code Idempotency-Key} header; bodies over 1 KB are gzipped when asked.</li>
 * </ul>
 * The OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({"ADMIN", "MANAGER", "SALES", "WAREHOUSE", "PROCUREMENT", "FINANCE", "COMPLIANCE", "INTEGRATION"})
@OpenAPIDefinition(
        info = @Info(title = "PharmaDist API", version = "1",
                description = "ERP/CRM for pharmaceutical distributors: catalog, inventory, sales, compliance."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "API token of an integration client, issued by an ADMIN (portal: Security -> API tokens; "
                + "REST: POST /api/v1/security/tokens). Sent as Authorization: Bearer <token>.")
public class PharmaDistApi extends Application {
}
