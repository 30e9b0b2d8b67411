package org.pharmadist.procurement.rest;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.procurement.application.ProcurementQueryService;
import org.pharmadist.procurement.application.SupplierInvoiceRequest;
import org.pharmadist.procurement.application.SupplierInvoiceService;
import org.pharmadist.procurement.application.SupplierInvoiceSummary;
import org.pharmadist.procurement.application.SupplierInvoiceView;

/** Supplier invoices with the three-way match result, and approval of mismatches. */
@Path("/procurement/supplier-invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class SupplierInvoiceResource {

    /**
     * Body of an approval.
     *
     * @param reason  why the mismatch is accepted (required)
     * @param version the invoice version read (optional, optimistic locking)
     */
    public record ApprovalRequest(String reason, Long version) { }

    /** The match result alone. */
    public record MatchResult(String status, List<String> mismatches) { }

    @Inject
    ProcurementQueryService queries;

    @Inject
    SupplierInvoiceService invoices;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List supplier invoices, newest first (procurement:view)", description = "status = MATCHED, MISMATCH or APPROVED")
    public PageEnvelope list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, SupplierInvoiceSummary.class);
        Page<SupplierInvoiceSummary> page = queries.supplierInvoices(status, PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a supplier invoice with its match result (procurement:view)")
    public SupplierInvoiceView get(@PathParam("id") String id) {
        return invoices.byId(ProcurementParams.id(id, "id"));
    }

    @GET
    @Path("/{id}/match")
    @Operation(summary = "Three-way match result of an invoice: status and mismatch list (procurement:view)")
    public MatchResult match(@PathParam("id") String id) {
        SupplierInvoiceView v = invoices.byId(ProcurementParams.id(id, "id"));
        return new MatchResult(v.status(), v.mismatches());
    }

    @POST
    @Operation(summary = "Enter a supplier invoice; it is three-way matched at once (procurement:invoice)")
    @APIResponse(responseCode = "201", description = "Recorded, status MATCHED or MISMATCH with the mismatch list")
    @APIResponse(responseCode = "409", description = "The supplier's invoice number is already recorded")
    public Response record(SupplierInvoiceRequest request) {
        SupplierInvoiceView v = invoices.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a MISMATCH invoice with a reason (procurement:invoice)")
    @APIResponse(responseCode = "422", description = "Not a MISMATCH invoice, or no reason")
    public SupplierInvoiceView approve(@PathParam("id") String id, ApprovalRequest request) {
        return invoices.approve(ProcurementParams.id(id, "id"), request == null ? null : request.reason(),
                request == null ? null : request.version());
    }
}
