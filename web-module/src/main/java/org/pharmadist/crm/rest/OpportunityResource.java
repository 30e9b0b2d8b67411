package org.pharmadist.crm.rest;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.crm.application.OpportunityRequest;
import org.pharmadist.crm.application.OpportunityView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.crm.application.PipelineStageTotal;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/** Opportunities and the pipeline totals by stage. */
@Path("/crm")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class OpportunityResource {

    @Inject
    PipelineQueryService queries;

    @Inject
    PipelineService pipeline;

    @Context
    UriInfo uri;

    /** Opportunities in pipeline order (read replica; offset paging). */
    @GET
    @Path("/opportunities")
    @Operation(summary = "List opportunities", description = "stage, customerId, open=true (not WON/LOST). Each item has "
            + "expectedValue = amount x probability, scale 2 HALF_UP.")
    public PageEnvelope list(@QueryParam("stage") String stage, @QueryParam("customerId") String customerId,
            @QueryParam("open") String open, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, OpportunityView.class);
        Page<OpportunityView> page = queries.opportunities(stage, CrmParams.optionalId(customerId, "customerId"),
                CrmParams.flag(open, "open", false), PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    /** Creates an opportunity for a customer or a lead. */
    @POST
    @Path("/opportunities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an opportunity", description = "probability null = the stage default "
            + "(PROSPECTING 10, QUALIFICATION 20, PROPOSAL 50, NEGOTIATION 75, WON 100, LOST 0).")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(OpportunityRequest request) {
        OpportunityView o = pipeline.createOpportunity(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.id())).build()).entity(o).build();
    }

    /** One opportunity. */
    @GET
    @Path("/opportunities/{id}")
    @Operation(summary = "Get an opportunity")
    public OpportunityView get(@PathParam("id") String id) {
        return pipeline.opportunity(CrmParams.id(id, "id"));
    }

    /** Changes stage, amount, probability, close date; body carries the version read. */
    @PUT
    @Path("/opportunities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an opportunity")
    @APIResponse(responseCode = "409", description = "Changed by another user (problem+json)")
    public OpportunityView update(@PathParam("id") String id, OpportunityRequest request) {
        return pipeline.updateOpportunity(CrmParams.id(id, "id"), request);
    }

    /** Count, amount and expected value per stage, every stage listed. */
    @GET
    @Path("/pipeline")
    @Operation(summary = "Pipeline totals by stage")
    public List<PipelineStageTotal> totals() {
        return queries.pipelineTotals();
    }
}
