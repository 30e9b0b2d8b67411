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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.crm.application.ActivityRequest;
import org.pharmadist.crm.application.ActivityView;
import org.pharmadist.crm.application.PipelineQueryService;
import org.pharmadist.crm.application.PipelineService;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/** Activities (calls, visits, notes, tasks) on customers, leads and opportunities. */
@Path("/crm/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CRM")
public class ActivityResource {

    @Inject
    PipelineQueryService queries;

    @Inject
    PipelineService pipeline;

    /** Request body of a done change. @param done true = done, false = open again */
    public record DoneChange(Boolean done) { }

    /** Activities, open first then by due date (read replica; offset paging). */
    @GET
    @Operation(summary = "List activities", description = "Filter by customerId, leadId, opportunityId; open=true for "
            + "activities not done. overdue = open and due before today (company time zone).")
    public PageEnvelope list(@QueryParam("customerId") String customerId, @QueryParam("leadId") String leadId,
            @QueryParam("opportunityId") String opportunityId, @QueryParam("open") String open,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("cursor") String cursor,
            @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, ActivityView.class);
        Page<ActivityView> page = queries.activities(CrmParams.optionalId(customerId, "customerId"),
                CrmParams.optionalId(leadId, "leadId"), CrmParams.optionalId(opportunityId, "opportunityId"),
                CrmParams.flag(open, "open", false), PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    /** Records an activity. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an activity", description = "kind CALL, VISIT, NOTE or TASK (TASK needs dueOn); exactly "
            + "one of customerId, leadId, opportunityId.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(ActivityRequest request) {
        ActivityView a = pipeline.createActivity(request);
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    /** Marks an activity done or open again. */
    @PUT
    @Path("/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an activity done or open", description = "Body {\"done\": true}")
    public ActivityView done(@PathParam("id") String id, DoneChange change) {
        if (change == null || change.done() == null) {
            throw new InvalidInputException("invalid-activity", "done", "done is required (true or false)");
        }
        return pipeline.setActivityDone(CrmParams.id(id, "id"), change.done());
    }
}
