package org.pharmadist.inventory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LocationView;
import org.pharmadist.inventory.application.WarehouseService;
import org.pharmadist.inventory.application.WarehouseView;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.rest.PageEnvelope;

/** Warehouses and their locations (bins): list (inventory:view), create and open/close (inventory:adjust). */
@Path("/inventory/warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
public class WarehouseResource {

    @Inject
    InventoryQueryService queries;

    @Inject
    WarehouseService warehouses;

    /** Body of a new warehouse: code (1-20, unique), name, address, IANA time zone (optional). */
    public record WarehouseRequest(String code, String name, String address, String timeZone) { }

    /** Body of a new location: code (1-30), storageCondition, type (RECEIVING, STORAGE, QUARANTINE, SHIPPING). */
    public record LocationRequest(String code, String storageCondition, String type) { }

    /** Body of an open/close: {"active": true}. */
    public record ActiveRequest(Boolean active) { }

    @GET
    @Operation(summary = "List warehouses", description = "All warehouses by code, in the paging envelope.")
    public PageEnvelope list() {
        return all(queries.warehouses());
    }

    @POST
    @Operation(summary = "Create a warehouse")
    @APIResponse(responseCode = "201", description = "The warehouse")
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json)")
    @APIResponse(responseCode = "409", description = "Code taken (problem+json)")
    public Response create(WarehouseRequest r) {
        if (r == null) {
            throw new InvalidInputException("invalid-code", "code", "body with code and name is required");
        }
        WarehouseView w = warehouses.createWarehouse(r.code(), r.name(), r.address(), r.timeZone());
        return Response.status(Response.Status.CREATED).entity(w).build();
    }

    @GET
    @Path("/{code}/locations")
    @Operation(summary = "List the locations of a warehouse")
    public PageEnvelope locations(@PathParam("code") String code) {
        queries.warehouseId(code);
        return all(queries.locations(code));
    }

    @POST
    @Path("/{code}/locations")
    @Operation(summary = "Create a location (bin)", description = "storageCondition ROOM_TEMPERATURE, REFRIGERATED or "
            + "FROZEN; type RECEIVING, STORAGE, QUARANTINE or SHIPPING.")
    @APIResponse(responseCode = "201", description = "The location")
    public Response createLocation(@PathParam("code") String code, LocationRequest r) {
        if (r == null) {
            throw new InvalidInputException("invalid-code", "code", "body with code, storageCondition and type is required");
        }
        LocationView l = warehouses.createLocation(code, r.code(), r.storageCondition(), r.type());
        return Response.status(Response.Status.CREATED).entity(l).build();
    }

    @PUT
    @Path("/{code}/locations/{location}/active")
    @Operation(summary = "Open or close a location (idempotent)", description = "Body {\"active\": true|false}.")
    public LocationView setActive(@PathParam("code") String code, @PathParam("location") String location, ActiveRequest r) {
        if (r == null || r.active() == null) {
            throw new InvalidInputException("invalid-active", "active", "active must be true or false");
        }
        return warehouses.setLocationActive(code, location, r.active());
    }

    static PageEnvelope all(List<?> items) {
        return PageEnvelope.of(new Page<>(items, Math.max(1, items.size()), null, items.size(), false), items);
    }
}
