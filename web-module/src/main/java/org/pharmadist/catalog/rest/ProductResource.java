package org.pharmadist.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.catalog.application.NewProduct;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductChange;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductMaintenanceService;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.catalog.application.UnitConversion;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.platform.rest.Problem;

/**
 * The product catalog: search and look up products by NDC or GTIN, maintain their stock-keeping fields, and
 * create products the reference data lacks.
 *
 * <p>Maintenance is a full replacement of the maintainable fields, units included, guarded by optimistic locking:
 * GET answers {@code ETag: "<version>"}; PUT needs that version, as {@code If-Match: "<version>"} or as
 * {@code "version"} in the body. A stale version answers 409 problem+json {@code changed-by-another-user}; no
 * version answers 428 (RFC 6585 Precondition Required).
 */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

    @Inject
    ProductQueryService queries;

    @Inject
    ProductCatalogService catalog;

    @Inject
    ProductMaintenanceService maintenance;

    /**
     * Products matching a name, NDC or GTIN prefix, one page at a time (read replica).
     */
    @GET
    @Operation(summary = "Search products", description = "Prefix of name or generic name (case-insensitive), NDC "
            + "(11-digit or hyphenated 10-digit) or GTIN-14. Stable order (sort key, then id). Page with cursor "
            + "(nextCursor of the previous page) or offset.")
    @APIResponse(responseCode = "200", description = "A page of products")
    @APIResponse(responseCode = "400", description = "Invalid parameter (problem+json)")
    public PageEnvelope search(
            @Parameter(description = "search text") @QueryParam("q") String q,
            @Parameter(description = "name (default) or ndc") @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc") @QueryParam("order") String order,
            @Parameter(description = "rows per page, 1..500, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "rows to skip (not with cursor)") @QueryParam("offset") String offset,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "comma-separated item fields to return") @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, ProductSummary.class);
        PageRequest page = PageRequest.parse(limit, offset, cursor);
        ProductSearch search = new ProductSearch(q, sort, parseOrder(order));
        Page<ProductSummary> result = queries.search(search, page);
        return PageEnvelope.of(result, selection.apply(result.items()));
    }

    /** One product by NDC (10-digit hyphenated or 11-digit) or GTIN-14. */
    @GET
    @Path("/{ndc}")
    @Operation(summary = "Get a product", description = "By 10-digit hyphenated NDC (0338-0424-18), 11-digit NDC "
            + "(00338042418 or 00338-0424-18) or GTIN-14.")
    @APIResponse(responseCode = "200", description = "The product; ETag: \"<version>\"",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDetail.class)))
    @APIResponse(responseCode = "400", description = "Not an NDC or GTIN (problem+json)")
    @APIResponse(responseCode = "404", description = "No such product (problem+json)")
    public Response get(@PathParam("ndc") String ndc) {
        ProductDetail product = catalog.byIdentifier(ndc);
        return Response.ok(product).tag(etag(product)).build();
    }

    /**
     * Body of PUT (maintainable fields; {@code version} optional when If-Match is sent) and POST (also ndc, name,
     * marketingCategory, labeler). Field meanings: {@link ProductChange}, {@link NewProduct}.
     */
    public record ProductBody(String ndc, String name, String marketingCategory, String labeler, Long version,
            String therapeuticCategory, String storageCondition, Integer shelfLifeDays, Boolean serialised,
            Boolean qualityReleaseRequired, String status, String purchaseUnit, String salesUnit,
            List<UnitBody> units) {

        ProductChange change(Long effectiveVersion) {
            return new ProductChange(effectiveVersion, therapeuticCategory, storageCondition, shelfLifeDays, serialised,
                    qualityReleaseRequired, status, purchaseUnit, salesUnit,
                    units == null ? null : units.stream().map(u -> u == null ? null : new UnitConversion(u.unit(),
                            u.stockUnitsPerUnit())).toList());
        }
    }

    /** One unit conversion in a request body: {@code {"unit": "BX", "stockUnitsPerUnit": 30}}. */
    public record UnitBody(String unit, BigDecimal stockUnitsPerUnit) { }

    /** Replaces the maintainable fields of a product (permission catalog:edit). */
    @PUT
    @Path("/{ndc}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maintain a product", description = "Full replacement of therapeuticCategory, storageCondition "
            + "(ROOM_TEMPERATURE, REFRIGERATED, FROZEN), shelfLifeDays, serialised, qualityReleaseRequired, status "
            + "(ACTIVE, DISCONTINUED), purchaseUnit, salesUnit and units [{unit, stockUnitsPerUnit}] (units not listed "
            + "are removed). Send the version read: If-Match: \"<version>\" (the ETag of GET) or \"version\" in the body.")
    @APIResponse(responseCode = "200", description = "The product as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid values, each named in errors[] (problem+json)")
    @APIResponse(responseCode = "403", description = "No permission catalog:edit (problem+json)")
    @APIResponse(responseCode = "404", description = "No such product (problem+json)")
    @APIResponse(responseCode = "409", description = "changed-by-another-user: the version is stale (problem+json)")
    @APIResponse(responseCode = "428", description = "No version sent (problem+json)")
    public Response update(@PathParam("ndc") String ndc, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ProductBody body) {
        if (body == null) {
            throw new InvalidInputException("invalid-product", "body", "send the product's maintainable fields as JSON");
        }
        Long headerVersion = ifMatchVersion(ifMatch);
        if (headerVersion != null && body.version() != null && !headerVersion.equals(body.version())) {
            throw new InvalidInputException("version-mismatch", "version", "If-Match names version " + headerVersion
                    + " but the body version " + body.version() + "; send one of them, or the same in both");
        }
        Long version = headerVersion != null ? headerVersion : body.version();
        if (version == null) {
            String message = "Send the version you read: If-Match: \"<version>\" (the ETag of GET /api/v1/products/"
                    + ndc + ") or \"version\" in the body, so that another user's change is never overwritten.";
            return Problem.withFields(428, "precondition-required", "Precondition Required", message,
                    Map.of("version", message)).toResponse();
        }
        ProductDetail saved = maintenance.update(ndc, body.change(version));
        return Response.ok(saved).tag(etag(saved)).build();
    }

    /** Creates a product for an NDC the catalog does not have (permission catalog:create). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a product", description = "For an NDC not in the reference data: ndc, name, "
            + "marketingCategory (RX, OTC), labeler, and the maintainable fields as for PUT (version is ignored). "
            + "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new product; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid values, each named in errors[] (problem+json)")
    @APIResponse(responseCode = "403", description = "No permission catalog:create (problem+json)")
    @APIResponse(responseCode = "409", description = "product-exists: the NDC is in the catalog (problem+json)")
    public Response create(ProductBody body, @Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInputException("invalid-product", "body", "send the new product as JSON");
        }
        ProductDetail created = maintenance.create(new NewProduct(body.ndc(), body.name(), body.marketingCategory(),
                body.labeler(), body.change(null)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.ndc11()).build()).entity(created)
                .tag(etag(created)).build();
    }

    /** Audit trail of one product: who changed what, when, old and new values. */
    @GET
    @Path("/{ndc}/history")
    @Operation(summary = "Product change history")
    public List<RecordRevision> history(@PathParam("ndc") String ndc) {
        return catalog.history(ndc);
    }

    private static EntityTag etag(ProductDetail product) {
        return new EntityTag(Long.toString(product.version()));
    }

    /** The version in an If-Match header ({@code "<version>"}), null when the header is absent. */
    static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.length() > 2 && v.startsWith("\"") && v.endsWith("\"")) {
            String digits = v.substring(1, v.length() - 1);
            if (digits.length() <= 18 && digits.chars().allMatch(Character::isDigit)) {
                return Long.valueOf(digits);
            }
        }
        throw new InvalidInputException("invalid-if-match", "If-Match", "If-Match must be the product's ETag as GET "
                + "answers it, e.g. \"3\" (one strong entity tag)");
    }

    private static boolean parseOrder(String order) {
        if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new org.pharmadist.platform.errors.InvalidInputException("invalid-order", "order", "order must be asc or desc");
    }
}
