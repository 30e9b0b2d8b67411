package org.pharmadist.inventory.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.NearExpiryReport;
import org.pharmadist.inventory.application.StockValuation;

/** Inventory reports (inventory:view), on the read data source. Money scale 2 HALF_UP in the company currency. */
@Path("/inventory/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
public class InventoryReportResource {

    @Inject
    InventoryQueryService queries;

    @GET
    @Path("/near-expiry")
    @Operation(summary = "Near-expiry report", description = "Lots in stock expiring within horizonDays (default "
            + "setting pharmadist.inventory.near-expiry-days, 90) and lots already expired, valued at moving average cost.")
    public NearExpiryReport nearExpiry(@QueryParam("horizonDays") String horizonDays) {
        return queries.nearExpiry(JsonQuantities.wholeNumber(horizonDays, "horizonDays"));
    }

    @GET
    @Path("/valuation")
    @Operation(summary = "Stock valuation", description = "On hand x moving average cost per product, and the total.")
    public StockValuation valuation() {
        return queries.valuation();
    }
}
