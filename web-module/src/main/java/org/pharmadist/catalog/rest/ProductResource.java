package org.pharmadist.catalog.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductDetail;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.platform.audit.RecordRevision;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/** The product catalog: search and look up products by NDC or GTIN. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

    @Inject
    ProductQueryService queries;

    @Inject
    ProductCatalogService catalog;

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
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "400", description = "Not an NDC or GTIN (problem+json)")
    @APIResponse(responseCode = "404", description = "No such product (problem+json)")
    public ProductDetail get(@PathParam("ndc") String ndc) {
        return catalog.byIdentifier(ndc);
    }

    /** Audit trail of one product: who changed what, when, old and new values. */
    @GET
    @Path("/{ndc}/history")
    @Operation(summary = "Product change history")
    public List<RecordRevision> history(@PathParam("ndc") String ndc) {
        return catalog.history(ndc);
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
