package org.pharmadist.procurement.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.SupplierRequest;
import org.pharmadist.procurement.application.SupplierService;
import org.pharmadist.procurement.application.SupplierSummary;
import org.pharmadist.procurement.application.SupplierView;

/** Suppliers: list (procurement:view), create and change (procurement:order). */
@Path("/procurement/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class SupplierResource {

    @Inject
    ProcurementQueryService queries;

    @Inject
    SupplierService suppliers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List suppliers (procurement:view)", description = "By name; q = prefix of name or code.")
    public PageEnvelope list(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, SupplierSummary.class);
        Page<SupplierSummary> page = queries.suppliers(q, PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a supplier (procurement:view)")
    @APIResponse(responseCode = "404", description = "No such supplier (problem+json)")
    public SupplierView get(@PathParam("code") String code) {
        return suppliers.byCode(code);
    }

    @POST
    @Operation(summary = "Create a supplier (procurement:order)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "409", description = "Code in use")
    public Response create(SupplierRequest request) {
        SupplierView s = suppliers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.code()).build()).entity(s).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Change a supplier (procurement:order); body carries the version read")
    @APIResponse(responseCode = "409", description = "Changed by another user since read")
    public SupplierView update(@PathParam("code") String code, SupplierRequest request) {
        return suppliers.update(code, request);
    }
}
