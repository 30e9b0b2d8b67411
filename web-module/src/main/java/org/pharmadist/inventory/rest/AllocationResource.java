package org.pharmadist.inventory.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.inventory.application.AllocationLine;
import org.pharmadist.inventory.application.AllocationRequest;
import org.pharmadist.inventory.application.AllocationResult;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.PickedLine;
import org.pharmadist.inventory.application.StockAllocationService;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * FEFO allocations of demands (inventory:move), for integrators and tests; the sales module calls the service
 * directly. A demand is the caller's reference, e.g. "SO-123/2" (passed as query parameter or in the body, so a "/"
 * in it needs no escaping).
 */
@Path("/inventory/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
public class AllocationResource {

    @Inject
    StockAllocationService allocations;

    @Inject
    InventoryQueryService queries;

    /** A demand: quantity as string or number with unit; warehouse code and minShelfLifeDays optional. */
    public record AllocationBody(String demandReference, String ndc, JsonValue quantity, String unit, String warehouse,
            Integer minShelfLifeDays) { }

    /** Pick: the demand and the serial numbers of the picked packages (serialised products). */
    public record PickBody(String demandReference, List<String> serialNumbers) { }

    /** Ship: the demand and the shipment document. */
    public record ShipBody(String demandReference, String shipmentDocument) { }

    @POST
    @Operation(summary = "Allocate stock to a demand, FEFO", description = "Never an expired, quarantined, recalled or "
            + "damaged lot, never one with less remaining shelf life than minShelfLifeDays. Answers the reservations "
            + "and the shortfall.")
    @APIResponse(responseCode = "201", description = "Allocation result (possibly with shortfall)")
    public Response allocate(AllocationBody b) {
        if (b == null) {
            throw new InvalidInputException("invalid-demand-reference", "demandReference", "allocation body is required");
        }
        var quantity = JsonQuantities.quantity(b.quantity(), b.unit());
        long productId = queries.productId(StockResource.requireNdc(b.ndc()));
        Long warehouseId = StockResource.blankToNull(b.warehouse()) == null ? null : queries.warehouseId(b.warehouse());
        AllocationResult r = allocations.allocate(new AllocationRequest(b.demandReference(), productId, quantity,
                warehouseId, b.minShelfLifeDays()));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @GET
    @Operation(summary = "Reservations of a demand", description = "Any status, oldest first.")
    public List<AllocationLine> reservations(@QueryParam("demand") String demand) {
        return allocations.reservations(demand);
    }

    @DELETE
    @Operation(summary = "Release the open reservations of a demand", description = "DEALLOCATION entries; answers the "
            + "released reservations (empty when nothing was open: releasing is idempotent).")
    public List<AllocationLine> release(@QueryParam("demand") String demand) {
        return allocations.release(demand);
    }

    @POST
    @Path("/pick")
    @Operation(summary = "Pick the allocated stock of a demand", description = "Serialised products: one serial per package.")
    public List<PickedLine> pick(PickBody b) {
        return allocations.pick(b == null ? null : b.demandReference(), b == null ? null : b.serialNumbers());
    }

    @POST
    @Path("/ship")
    @Operation(summary = "Ship the picked stock of a demand", description = "SHIPMENT entries: stock leaves.")
    public List<PickedLine> ship(ShipBody b) {
        return allocations.ship(b == null ? null : b.demandReference(), b == null ? null : b.shipmentDocument());
    }
}
