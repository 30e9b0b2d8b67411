package org.pharmadist.procurement.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.procurement.application.ReorderPolicyRequest;
import org.pharmadist.procurement.application.ReorderPolicyService;
import org.pharmadist.procurement.application.ReorderPolicyView;
import org.pharmadist.procurement.application.ReorderSuggestion;
import org.pharmadist.procurement.application.ReorderSuggestionService;

/** Min/max reorder policies and the suggestions computed from them. */
@Path("/procurement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class ReorderResource {

    @Inject
    ReorderPolicyService policies;

    @Inject
    ReorderSuggestionService suggestions;

    @GET
    @Path("/reorder-policies")
    @Operation(summary = "Reorder policies of a warehouse, or all (procurement:view)")
    public List<ReorderPolicyView> policies(@QueryParam("warehouseId") String warehouseId) {
        return suggestions.policies(ProcurementParams.optionalId(warehouseId, "warehouseId"));
    }

    @PUT
    @Path("/reorder-policies")
    @Operation(summary = "Create or replace the min/max levels of a product in a warehouse (procurement:order)",
            description = "Levels in the product's stock unit; max >= min >= 0.")
    public ReorderPolicyView save(ReorderPolicyRequest request) {
        return policies.save(request);
    }

    @GET
    @Path("/reorder-suggestions")
    @Operation(summary = "What to order: ATP + open PO quantity below min -> order up to max in whole purchase units "
            + "(procurement:view)")
    public List<ReorderSuggestion> suggestions(@QueryParam("warehouseId") String warehouseId) {
        return suggestions.suggestions(ProcurementParams.optionalId(warehouseId, "warehouseId"));
    }
}
