package org.pharmadist.procurement.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.PurchaseOrderLineRequest;
import org.pharmadist.procurement.application.PurchaseOrderRequest;
import org.pharmadist.procurement.application.PurchaseOrderService;
import org.pharmadist.procurement.application.PurchaseOrderSummary;
import org.pharmadist.procurement.application.PurchaseOrderView;

/**
 * Purchase orders with lines. Quantities are converted to whole purchase units of each product; a quantity that
 * is not a whole number of them is rounded UP and the answer's {@code warnings} says so.
 */
@Path("/procurement/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class PurchaseOrderResource {

    @Inject
    ProcurementQueryService queries;

    @Inject
    PurchaseOrderService orders;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List purchase orders, newest first (procurement:view)",
            description = "status = OPEN or one status; supplier = supplier code.")
    public PageEnvelope list(@QueryParam("status") String status, @QueryParam("supplier") String supplier,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("cursor") String cursor,
            @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, PurchaseOrderSummary.class);
        Page<PurchaseOrderSummary> page = queries.purchaseOrders(status, supplier, PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Get a purchase order with its lines (procurement:view)")
    public PurchaseOrderView get(@PathParam("number") String number) {
        return orders.byNumber(number);
    }

    @POST
    @Operation(summary = "Create a DRAFT purchase order, optionally with lines (procurement:order)")
    @APIResponse(responseCode = "201", description = "Created; warnings lists quantities rounded up to whole purchase units")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. lines[0].quantity (problem+json)")
    @APIResponse(responseCode = "422", description = "Discontinued product, inactive supplier (problem+json)")
    public Response create(PurchaseOrderRequest request) {
        PurchaseOrderView po = orders.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(po.number()).build()).entity(po).build();
    }

    @POST
    @Path("/{number}/lines")
    @Operation(summary = "Add a line to a DRAFT order (procurement:order)")
    @APIResponse(responseCode = "200", description = "The order; warnings says when the quantity was rounded up")
    public PurchaseOrderView addLine(@PathParam("number") String number, PurchaseOrderLineRequest line) {
        return orders.addLine(number, line);
    }

    @DELETE
    @Path("/{number}/lines/{line}")
    @Operation(summary = "Remove a line of a DRAFT order (procurement:order)")
    public PurchaseOrderView removeLine(@PathParam("number") String number, @PathParam("line") String line,
            @QueryParam("version") String version) {
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(line);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-line", "line", "line must be a line number");
        }
        return orders.removeLine(number, lineNumber, ProcurementParams.version(version));
    }

    @POST
    @Path("/{number}/{action: send|confirm|cancel|close}")
    @Operation(summary = "Send, confirm, cancel or close an order (procurement:order)",
            description = "DRAFT->SENT, SENT->CONFIRMED, DRAFT/SENT/CONFIRMED->CANCELLED, (PARTIALLY_)RECEIVED->CLOSED. "
                    + "Optional ?version= for optimistic locking.")
    @APIResponse(responseCode = "422", description = "Not allowed in the current status")
    public PurchaseOrderView transition(@PathParam("number") String number, @PathParam("action") String action,
            @QueryParam("version") String version) {
        Long v = ProcurementParams.version(version);
        return switch (action) {
            case "send" -> orders.send(number, v);
            case "confirm" -> orders.confirm(number, v);
            case "cancel" -> orders.cancel(number, v);
            default -> orders.close(number, v);
        };
    }
}
