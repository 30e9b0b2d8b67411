package org.pharmadist.sales.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.sales.application.QuotationQueryService;
import org.pharmadist.sales.application.QuotationRequest;
import org.pharmadist.sales.application.QuotationSearch;
import org.pharmadist.sales.application.QuotationService;
import org.pharmadist.sales.application.QuotationSummary;
import org.pharmadist.sales.application.QuotationView;

/**
 * Quotations: list (one query, keyset paging), create with lines, read with priced lines and ATP, edit lines while
 * DRAFT, send (prices frozen), accept, reject. Changes carry the {@code version} read (409 changed-by-another-user).
 * Money: line net = round(qty x price x (1 - disc%), 2, HALF_UP), tax = round(net x rate%, 2, HALF_UP), totals are
 * sums of the rounded lines (see {@code LineAmounts}). POST honours {@code Idempotency-Key}.
 */
@Path("/sales/quotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales quotations")
public class QuotationResource {

    @Inject
    QuotationService quotations;

    @Inject
    QuotationQueryService queries;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List quotations", description = "Newest first; filters customer (id), status, from/to (quoted "
            + "on, yyyy-MM-dd). Items: number, customer name, date, status, line count, totals.")
    public PageEnvelope list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "rows per page, 1..500, default 50") @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, QuotationSummary.class);
        Page<QuotationSummary> page = queries.search(QuotationSearch.parse(customer, status, from, to),
                PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a quotation", description = "{customerId, validUntil (yyyy-MM-dd, default +30 days), "
            + "lines: [{ndc, quantity, unit, discountPercent, taxRatePercent}]}; all lines priced or nothing saved.")
    @APIResponse(responseCode = "201", description = "Created DRAFT with priced lines and totals")
    @APIResponse(responseCode = "422", description = "no-price for a product (problem+json naming it)")
    public Response create(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        QuotationView v = quotations.create(new QuotationRequest(SalesJson.id(b, "customerId"),
                SalesJson.text(b, "validUntil", "validUntil"), SalesJson.lines(b)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A quotation with its lines, price sources and ATP for the customer's shelf-life need")
    public QuotationView get(@PathParam("id") String id) {
        return quotations.get(SalesJson.pathId(id, "id"));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the valid-until date of a DRAFT", description = "{version, validUntil}")
    public QuotationView change(@PathParam("id") String id, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return quotations.changeValidUntil(SalesJson.pathId(id, "id"), SalesJson.id(b, "version"),
                SalesJson.text(b, "validUntil", "validUntil"));
    }

    @POST
    @Path("/{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a line to a DRAFT", description = "{version, ndc, quantity, unit, discountPercent, taxRatePercent}")
    public QuotationView addLine(@PathParam("id") String id, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return quotations.addLine(SalesJson.pathId(id, "id"), SalesJson.id(b, "version"), SalesJson.line(b, ""));
    }

    @PUT
    @Path("/{id}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a line of a DRAFT", description = "{version, quantity, unit, discountPercent, taxRatePercent}")
    public QuotationView changeLine(@PathParam("id") String id, @PathParam("lineId") String lineId, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return quotations.changeLine(SalesJson.pathId(id, "id"), SalesJson.pathId(lineId, "lineId"),
                SalesJson.id(b, "version"), SalesJson.line(b, ""));
    }

    @DELETE
    @Path("/{id}/lines/{lineId}")
    @Operation(summary = "Remove a line of a DRAFT", description = "?version= the version read")
    public QuotationView removeLine(@PathParam("id") String id, @PathParam("lineId") String lineId,
            @QueryParam("version") String version) {
        return quotations.removeLine(SalesJson.pathId(id, "id"), SalesJson.pathId(lineId, "lineId"),
                version == null || version.isBlank() ? null : SalesJson.pathId(version, "version"));
    }

    @POST
    @Path("/{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a DRAFT: prices are taken again and frozen", description = "{version}; 409 not DRAFT; "
            + "422 quotation-empty, quotation-expired, no-price")
    public QuotationView send(@PathParam("id") String id, JsonObject body) {
        return quotations.send(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a SENT quotation", description = "{version}; 422 quotation-expired after the end of its "
            + "valid-until day (company time zone)")
    public QuotationView accept(@PathParam("id") String id, JsonObject body) {
        return quotations.accept(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the rejection of a SENT quotation", description = "{version}")
    public QuotationView reject(@PathParam("id") String id, JsonObject body) {
        return quotations.reject(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }
}
