package org.pharmadist.sales.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.sales.application.BackorderLine;
import org.pharmadist.sales.application.CreditCheck;
import org.pharmadist.sales.application.HoldDecision;
import org.pharmadist.sales.application.SalesOrderQueryService;
import org.pharmadist.sales.application.SalesOrderRequest;
import org.pharmadist.sales.application.SalesOrderSearch;
import org.pharmadist.sales.application.SalesOrderService;
import org.pharmadist.sales.application.SalesOrderSummary;
import org.pharmadist.sales.application.SalesOrderView;

/**
 * Sales orders: list (one query, keyset paging), create (directly or from an ACCEPTED quotation), read, add lines,
 * confirm (prices frozen, compliance gates, credit check, FEFO allocation with the customer's minimum shelf life,
 * backorders), reallocate, cancel, release/reject holds, backorder list. Changes carry the {@code version} read
 * (409 changed-by-another-user). A credit breach answers 200 with status ON_HOLD, a CREDIT hold and the credit check
 * ({@code credit.receivablesKnown} false when finance is not deployed). POST creates honour {@code Idempotency-Key}.
 */
@Path("/sales/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales orders")
public class SalesOrderResource {

    @Inject
    SalesOrderService orders;

    @Inject
    SalesOrderQueryService queries;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List sales orders", description = "Newest first; filters customer (id), status, from/to (order "
            + "date, yyyy-MM-dd). Items: number, customer name, date, status, line count, totals.")
    public PageEnvelope list(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "rows per page, 1..500, default 50") @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, SalesOrderSummary.class);
        Page<SalesOrderSummary> page = queries.search(SalesOrderSearch.parse(customer, status, from, to),
                PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/backorders")
    @Operation(summary = "Order lines waiting for stock", description = "?customer= (id), ?limit= (default 100, max 500)")
    public List<BackorderLine> backorders(@QueryParam("customer") String customer, @QueryParam("limit") String limit) {
        return queries.backorders(customer == null || customer.isBlank() ? null : SalesJson.pathId(customer, "customer"),
                limit == null || limit.isBlank() ? 100 : (int) SalesJson.pathId(limit, "limit"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a DRAFT sales order", description = "{customerId, requestedDeliveryDate, "
            + "customerPoReference, warehouseCode, billTo, shipTo, deaOrderForm: {type: FORM_222 | CSOS, number} (schedule I/II), lines: [{ndc, quantity, unit, unitPrice (optional: "
            + "else the price precedence), discountPercent, taxRatePercent}]}; all lines or nothing saved.")
    @APIResponse(responseCode = "201", description = "Created DRAFT with priced lines and totals")
    @APIResponse(responseCode = "422", description = "no-price for a product")
    public Response create(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        SalesOrderView v = orders.create(new SalesOrderRequest(SalesJson.id(b, "customerId"),
                SalesJson.text(b, "requestedDeliveryDate", "requestedDeliveryDate"),
                SalesJson.text(b, "customerPoReference", "customerPoReference"),
                SalesJson.text(b, "warehouseCode", "warehouseCode"), SalesJson.address(b, "billTo"),
                SalesJson.address(b, "shipTo"), SalesJson.orderLines(b), SalesJson.deaOrderForm(b, "deaOrderForm")));
        return created(v);
    }

    @PUT
    @Path("/{id}/dea-order-form")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the DEA Form 222 / CSOS order of a schedule I/II order (21 CFR 1305.03)",
            description = "{version, type: FORM_222 | CSOS, number}: a Form 222 serial number has 9 digits, a CSOS order "
            + "number 1-40 letters, digits or hyphens. Releases the order's DEA_ORDER_FORM holds and allocates; 400 "
            + "invalid-dea-order-form, 409 dea-order-form-in-use (another order has it), order-closed.")
    public SalesOrderView recordDeaOrderForm(@PathParam("id") String id, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return orders.recordDeaOrderForm(SalesJson.pathId(id, "id"), SalesJson.id(b, "version"),
                new SalesOrderRequest.DeaOrderFormRequest(SalesJson.text(b, "type", "type"),
                        SalesJson.text(b, "number", "number")));
    }

    @POST
    @Path("/from-quotation/{quotationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a DRAFT order from an ACCEPTED quotation", description = "Optional body "
            + "{customerPoReference, requestedDeliveryDate}; copies the lines with their frozen prices; 409 "
            + "quotation-not-accepted, quotation-already-converted (a quotation converts once).")
    @APIResponse(responseCode = "201", description = "Created DRAFT")
    public Response fromQuotation(@PathParam("quotationId") String quotationId, JsonObject body) {
        JsonObject b = SalesJson.optionalBody(body);
        return created(orders.createFromQuotation(SalesJson.pathId(quotationId, "quotationId"),
                SalesJson.text(b, "customerPoReference", "customerPoReference"),
                SalesJson.text(b, "requestedDeliveryDate", "requestedDeliveryDate")));
    }

    private Response created(SalesOrderView v) {
        return Response.created(uri.getBaseUriBuilder().path("sales/orders").path(String.valueOf(v.id())).build())
                .entity(v).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A sales order with lines (allocated, backordered, shipped in stock units) and holds")
    public SalesOrderView get(@PathParam("id") String id) {
        return orders.get(SalesJson.pathId(id, "id"));
    }

    @GET
    @Path("/{id}/credit-check")
    @Operation(summary = "The customer's credit exposure with this order, against the credit limit")
    public CreditCheck creditCheck(@PathParam("id") String id) {
        return orders.creditCheck(SalesJson.pathId(id, "id"));
    }

    @POST
    @Path("/{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a line", description = "{version, ndc, quantity, unit, unitPrice, discountPercent, "
            + "taxRatePercent}; on a confirmed order the line is priced and frozen at once, checked (gates, credit) and "
            + "allocated.")
    public SalesOrderView addLine(@PathParam("id") String id, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return orders.addLine(SalesJson.pathId(id, "id"), SalesJson.id(b, "version"), SalesJson.orderLine(b, ""));
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a DRAFT", description = "{version}; answers the order: CONFIRMED (lines ALLOCATED or "
            + "BACKORDERED) or ON_HOLD (CREDIT hold, nothing allocated) with the credit check")
    public SalesOrderView confirm(@PathParam("id") String id, JsonObject body) {
        return orders.confirm(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }

    @POST
    @Path("/{id}/reallocate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate the backordered quantities again (FEFO)", description = "{version}")
    public SalesOrderView reallocate(@PathParam("id") String id, JsonObject body) {
        return orders.reallocate(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the order; its reservations are released", description = "{version}; 409 order-shipped")
    public SalesOrderView cancel(@PathParam("id") String id, JsonObject body) {
        return orders.cancel(SalesJson.pathId(id, "id"), SalesJson.id(SalesJson.body(body), "version"));
    }

    @POST
    @Path("/{id}/holds/{holdId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release a hold", description = "{version, reason}; CREDIT holds need sales:credit-release "
            + "(FINANCE, ADMIN); the order is then allocated")
    public SalesOrderView release(@PathParam("id") String id, @PathParam("holdId") String holdId, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return orders.releaseHold(SalesJson.pathId(id, "id"), SalesJson.pathId(holdId, "holdId"),
                new HoldDecision(SalesJson.id(b, "version"), SalesJson.text(b, "reason", "reason")));
    }

    @POST
    @Path("/{id}/holds/{holdId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a hold", description = "{version, reason}; an order-level hold cancels the order, a "
            + "line hold the line")
    public SalesOrderView reject(@PathParam("id") String id, @PathParam("holdId") String holdId, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return orders.rejectHold(SalesJson.pathId(id, "id"), SalesJson.pathId(holdId, "holdId"),
                new HoldDecision(SalesJson.id(b, "version"), SalesJson.text(b, "reason", "reason")));
    }
}
