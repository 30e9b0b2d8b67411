package org.pharmadist.sales.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.sales.application.PackingSlip;
import org.pharmadist.sales.application.SalesOrderQueryService;
import org.pharmadist.sales.application.ShipmentConfirmation;
import org.pharmadist.sales.application.ShipmentService;
import org.pharmadist.sales.application.ShipmentSummary;
import org.pharmadist.sales.application.ShipmentView;

/**
 * Shipments (sales:ship to create and confirm; sales:view to read): create from an order's allocated stock, the
 * pick list by lot and bin, confirm (stock leaves, the order moves on, finance invoices in the same transaction),
 * packing slip. POST creates honour {@code Idempotency-Key}.
 */
@Path("/sales/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales shipments")
public class ShipmentResource {

    @Inject
    ShipmentService shipments;

    @Inject
    SalesOrderQueryService queries;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List shipments", description = "Newest first; ?order= (id), ?customer= (id), ?limit= (default 100)")
    public List<ShipmentSummary> list(@QueryParam("order") String order, @QueryParam("customer") String customer,
            @QueryParam("limit") String limit) {
        return queries.shipments(order == null || order.isBlank() ? null : SalesJson.pathId(order, "order"),
                customer == null || customer.isBlank() ? null : SalesJson.pathId(customer, "customer"),
                limit == null || limit.isBlank() ? 100 : (int) SalesJson.pathId(limit, "limit"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a shipment from an order", description = "{orderId, version (the order's)}; takes "
            + "everything allocated and not shipped; 409 shipment-open, order-not-shippable; 422 nothing-allocated, "
            + "order-on-hold")
    @APIResponse(responseCode = "201", description = "OPEN shipment with its pick list")
    public Response create(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        Long orderId = SalesJson.id(b, "orderId");
        if (orderId == null) {
            throw new org.pharmadist.platform.errors.InvalidInputException("invalid-shipment", "orderId", "orderId is required");
        }
        ShipmentView v = shipments.createFromOrder(orderId, SalesJson.id(b, "version"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A shipment with its pick list")
    public ShipmentView get(@PathParam("id") String id) {
        return shipments.get(SalesJson.pathId(id, "id"));
    }

    @GET
    @Path("/{id}/pick-list")
    @Operation(summary = "The pick list: order line, lot, expiry, warehouse and bin, quantity (FEFO allocation)")
    public List<ShipmentView.Line> pickList(@PathParam("id") String id) {
        return shipments.get(SalesJson.pathId(id, "id")).lines();
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the shipment: the stock leaves", description = "{version, serialNumbers (packages of "
            + "serialised products)}; 409 shipment-already-shipped; 422 lot-not-sellable, order-on-hold")
    public ShipmentView confirm(@PathParam("id") String id, JsonObject body) {
        JsonObject b = SalesJson.body(body);
        return shipments.confirm(SalesJson.pathId(id, "id"),
                new ShipmentConfirmation(SalesJson.id(b, "version"), SalesJson.strings(b, "serialNumbers")));
    }

    @GET
    @Path("/{id}/packing-slip")
    @Operation(summary = "Packing slip: ship-to, order and PO reference, lines with lot, expiry and quantity")
    public PackingSlip packingSlip(@PathParam("id") String id) {
        return shipments.packingSlip(SalesJson.pathId(id, "id"));
    }
}
