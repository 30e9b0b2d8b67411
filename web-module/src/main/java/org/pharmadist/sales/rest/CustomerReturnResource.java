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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.application.CustomerReturnRequest;
import org.pharmadist.sales.application.CustomerReturnService;
import org.pharmadist.sales.application.CustomerReturnView;

/**
 * Customer returns against a shipment (sales:order to book, sales:view to read). Refusals are 422 problems with
 * codes {@code return-exceeds-delivered}, {@code lot-not-on-shipment}, {@code lot-not-shipped-to-customer},
 * {@code line-not-on-shipment}, {@code shipment-not-shipped}. POST honours {@code Idempotency-Key}.
 */
@Path("/sales/returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales returns")
public class CustomerReturnResource {

    @Inject
    CustomerReturnService returns;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a customer return", description = "{shipmentId or shipmentNumber, reason, lines: "
            + "[{orderLineNo, lotNumber, quantity, unit, serialNumbers}]}; stock is booked back (RETURN) into a "
            + "QUARANTINE bin of the warehouse when there is one")
    @APIResponse(responseCode = "201", description = "The booked return")
    public Response create(JsonObject body) {
        JsonObject b = SalesJson.body(body);
        List<CustomerReturnRequest.Line> lines = new ArrayList<>();
        List<JsonObject> in = SalesJson.objects(b, "lines");
        for (int i = 0; i < in.size(); i++) {
            JsonObject l = in.get(i);
            String p = "lines[" + i + "].";
            Long lineNo = SalesJson.id(l, "orderLineNo");
            if (lineNo != null && (lineNo < 1 || lineNo > Integer.MAX_VALUE)) {
                throw new InvalidInputException("invalid-return", p + "orderLineNo", p + "orderLineNo must be a line number");
            }
            lines.add(new CustomerReturnRequest.Line(lineNo == null ? null : lineNo.intValue(),
                    SalesJson.text(l, "lotNumber", p + "lotNumber"), SalesJson.text(l, "quantity", p + "quantity"),
                    SalesJson.text(l, "unit", p + "unit"), SalesJson.strings(l, "serialNumbers")));
        }
        CustomerReturnView v = returns.book(new CustomerReturnRequest(SalesJson.id(b, "shipmentId"),
                SalesJson.text(b, "shipmentNumber", "shipmentNumber"), SalesJson.text(b, "reason", "reason"), lines));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A customer return")
    public CustomerReturnView get(@PathParam("id") String id) {
        return returns.get(SalesJson.pathId(id, "id"));
    }

    @GET
    @Operation(summary = "The returns of a shipment", description = "?shipment= (id), required")
    public List<CustomerReturnView> list(@QueryParam("shipment") String shipment) {
        if (shipment == null || shipment.isBlank()) {
            throw new InvalidInputException("invalid-return-search", "shipment", "shipment (id) is required");
        }
        return returns.ofShipment(SalesJson.pathId(shipment, "shipment"));
    }
}
