package org.pharmadist.inventory.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.inventory.application.Availability;
import org.pharmadist.inventory.application.CycleCountRequest;
import org.pharmadist.inventory.application.CycleCountResult;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.LedgerEntry;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.inventory.application.LotStatusService;
import org.pharmadist.inventory.application.ReceiptRequest;
import org.pharmadist.inventory.application.ReceivedStock;
import org.pharmadist.inventory.application.StockMovementService;
import org.pharmadist.inventory.application.StockReceiptService;
import org.pharmadist.inventory.application.TransferRequest;
import org.pharmadist.inventory.application.TransferResult;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.PageEnvelope;

/**
 * Stock by lot and location, lots, available-to-promise and the ledger (inventory:view); receipts and transfers
 * (inventory:move), cycle counts (inventory:adjust), lot decisions (inventory:release). NDCs in any format
 * (10-digit hyphenated, 11-digit with or without hyphens). Quantities are in the product's stock unit unless a
 * unit is given.
 */
@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
public class StockResource {

    @Inject
    InventoryQueryService queries;

    @Inject
    StockReceiptService receipts;

    @Inject
    StockMovementService movements;

    @Inject
    LotStatusService lots;

    /** A receipt: quantity as string or number with its unit; expiry as printed (05/2027 = 2027-05-31). */
    public record ReceiptBody(String ndc, String warehouse, String location, String lotNumber, String expiry,
            String manufacturer, JsonValue quantity, String unit, JsonValue unitCost, List<String> serialNumbers,
            String sourceDocument) { }

    /** A transfer of unreserved stock of one lot between locations. */
    public record TransferBody(Long lotId, Long fromLocationId, Long toLocationId, JsonValue quantity, String unit,
            List<String> serialNumbers, String reference) { }

    /** A count of one lot in one location, in the stock unit; reasonCode needed when it differs. */
    public record CycleCountBody(Long lotId, Long locationId, JsonValue countedQuantity, String reasonCode,
            String reference) { }

    /** A lot decision: lot by id or by NDC and lot number; decision QUARANTINE, RELEASE, DAMAGED or RECALLED. */
    public record LotDecisionBody(Long lotId, String ndc, String lotNumber, String decision, String reason) { }

    @GET
    @Path("/stock")
    @Operation(summary = "Stock of a product by lot and location", description = "FEFO order, with expiry, lot status, "
            + "sellable flag (judged today in the company time zone) and days to expiry.")
    @APIResponse(responseCode = "200", description = "Stock lines in the paging envelope")
    @APIResponse(responseCode = "400", description = "Missing or malformed NDC (problem+json)")
    @APIResponse(responseCode = "404", description = "Unknown product (problem+json)")
    public PageEnvelope stock(@Parameter(description = "NDC, any format") @QueryParam("ndc") String ndc,
            @Parameter(description = "warehouse code") @QueryParam("warehouse") String warehouse) {
        return WarehouseResource.all(queries.stockByProduct(requireNdc(ndc), blankToNull(warehouse)));
    }

    @GET
    @Path("/lots")
    @Operation(summary = "Lots of a product", description = "Every lot with its totals, sellable flag and days to expiry.")
    public PageEnvelope lotsOf(@QueryParam("ndc") String ndc) {
        return WarehouseResource.all(queries.lots(requireNdc(ndc)));
    }

    @GET
    @Path("/availability")
    @Operation(summary = "Available-to-promise of a product", description = "On hand - reserved - blocked (lot not "
            + "AVAILABLE, past expiry, below minShelfLifeDays, or in a quarantine/shipping/closed location).")
    public Availability availability(@QueryParam("ndc") String ndc, @QueryParam("minShelfLifeDays") String minShelfLifeDays,
            @QueryParam("warehouse") String warehouse) {
        return queries.availability(requireNdc(ndc), JsonQuantities.wholeNumber(minShelfLifeDays, "minShelfLifeDays"),
                blankToNull(warehouse));
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "Stock ledger of a lot or product", description = "Give lotId or ndc; booking order; paged "
            + "with cursor (nextCursor) or offset.")
    public PageEnvelope ledger(@QueryParam("ndc") String ndc, @QueryParam("lotId") String lotId,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, offset, cursor);
        Page<LedgerEntry> result = queries.ledger(blankToNull(ndc), JsonQuantities.id(lotId, "lotId"), page);
        return PageEnvelope.of(result, result.items());
    }

    @POST
    @Path("/receipts")
    @Operation(summary = "Receive stock into a lot and location", description = "RECEIPT ledger entry; QUARANTINE when "
            + "the product needs a quality release; lot and expiry required for Rx; one serial per package for "
            + "serialised products; the location's storage condition must accept the product.")
    @APIResponse(responseCode = "201", description = "The booked receipt")
    @APIResponse(responseCode = "422", description = "storage-condition-mismatch (problem+json)")
    public Response receive(ReceiptBody b) {
        if (b == null) {
            throw new InvalidInputException("invalid-receipt", "ndc", "receipt body is required");
        }
        ReceivedStock r = receipts.receive(new ReceiptRequest(requireNdc(b.ndc()), b.warehouse(), b.location(),
                b.lotNumber(), b.expiry(), b.manufacturer(), JsonQuantities.quantity(b.quantity(), b.unit()),
                JsonQuantities.decimal(b.unitCost(), "unitCost"), b.serialNumbers(), b.sourceDocument()));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @POST
    @Path("/transfers")
    @Operation(summary = "Transfer stock between locations or warehouses", description = "TRANSFER_OUT/TRANSFER_IN "
            + "pair; the destination's storage condition must accept the product.")
    @APIResponse(responseCode = "201", description = "The booked transfer")
    public Response transfer(TransferBody b) {
        if (b == null) {
            throw new InvalidInputException("invalid-transfer", "lotId", "transfer body is required");
        }
        TransferResult r = movements.transfer(new TransferRequest(JsonQuantities.required(b.lotId(), "lotId"),
                JsonQuantities.required(b.fromLocationId(), "fromLocationId"),
                JsonQuantities.required(b.toLocationId(), "toLocationId"), JsonQuantities.quantity(b.quantity(), b.unit()),
                b.serialNumbers(), b.reference()));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @POST
    @Path("/cycle-counts")
    @Operation(summary = "Book a count of a lot in a location", description = "A difference is booked as an ADJUSTMENT "
            + "with the reason code (" + "COUNT_DIFFERENCE, DAMAGED, LOST, FOUND, EXPIRED_DESTROYED, SAMPLE, OTHER).")
    @APIResponse(responseCode = "201", description = "The count result")
    public Response count(CycleCountBody b) {
        if (b == null) {
            throw new InvalidInputException("invalid-count", "lotId", "count body is required");
        }
        CycleCountResult r = movements.count(new CycleCountRequest(JsonQuantities.required(b.lotId(), "lotId"),
                JsonQuantities.required(b.locationId(), "locationId"),
                JsonQuantities.decimal(b.countedQuantity(), "countedQuantity"), b.reasonCode(), b.reference()));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @POST
    @Path("/lot-decisions")
    @Operation(summary = "Quarantine, release, damage or recall a lot", description = "Quality decision with a reason, "
            + "kept with who and when. Repeating a decision on a lot already in that status changes nothing (200, "
            + "fromStatus == toStatus).")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "422", description = "Not allowed from the lot's status (problem+json)")
    public LotDecision decide(LotDecisionBody b) {
        if (b == null) {
            throw new InvalidInputException("lot-required", "lotId", "decision body is required");
        }
        return lots.decide(b.lotId(), b.ndc(), b.lotNumber(), b.decision(), b.reason());
    }

    @GET
    @Path("/lots/{lotId}/decisions")
    @Operation(summary = "Status decisions on a lot", description = "Oldest first (inventory:release).")
    public List<LotDecision> decisions(@PathParam("lotId") String lotId) {
        return lots.decisions(JsonQuantities.required(JsonQuantities.id(lotId, "lotId"), "lotId"));
    }

    static String requireNdc(String ndc) {
        if (ndc == null || ndc.isBlank()) {
            throw new InvalidInputException("invalid-ndc", "ndc", "ndc is required, e.g. 0338-0424-18 or 00338042418");
        }
        return ndc;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
