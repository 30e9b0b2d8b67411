package org.pharmadist.crm.rest;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.crm.application.LeadConversion;
import org.pharmadist.crm.application.LeadConverted;
import org.pharmadist.crm.application.LeadRequest;
import org.pharmadist.crm.application.LeadView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/** Leads: list, create, convert into a customer (and a first opportunity). */
@Path("/crm/leads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class LeadResource {

    @Inject
    PipelineQueryService queries;

    @Inject
    PipelineService pipeline;

    @Context
    UriInfo uri;

    /** Leads, newest first (read replica; offset paging). */
    @GET
    @Operation(summary = "List leads", description = "status = OPEN, CONVERTED or DISQUALIFIED; q = company name prefix.")
    public PageEnvelope list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("cursor") String cursor,
            @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, LeadView.class);
        Page<LeadView> page = queries.leads(status, q, PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    /** Records a lead. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a lead")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(LeadRequest request) {
        LeadView lead = pipeline.createLead(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(lead.id())).build()).entity(lead).build();
    }

    /** One lead. */
    @GET
    @Path("/{id}")
    @Operation(summary = "Get a lead")
    public LeadView get(@PathParam("id") String id) {
        return pipeline.lead(CrmParams.id(id, "id"));
    }

    /** Converts an open lead into a customer. */
    @POST
    @Path("/{id}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Convert a lead into a customer", description = "Body {customer: {...taxId, billTo...}, "
            + "opportunity: {title, amount, stage}?}; name and type default to the lead's. 409 lead-not-open when "
            + "converted already.")
    @APIResponse(responseCode = "201", description = "Converted: {lead, customer, opportunity, warnings}")
    public Response convert(@PathParam("id") String id, LeadConversion conversion) {
        LeadConverted converted = pipeline.convertLead(CrmParams.id(id, "id"), conversion);
        return Response.created(uri.getBaseUriBuilder().path("crm/customers").path(String.valueOf(converted.customer().id()))
                .build()).entity(converted).build();
    }
}
