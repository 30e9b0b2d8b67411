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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;
import org.pharmadist.procurement.application.GoodsReceiptRequest;
import org.pharmadist.procurement.application.GoodsReceiptService;
import org.pharmadist.procurement.application.GoodsReceiptSummary;
import org.pharmadist.procurement.application.GoodsReceiptView;
import org.pharmadist.procurement.application.ProcurementQueryService;

/** Goods receipts against purchase orders: the document and its stock in one transaction. */
@Path("/procurement/goods-receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement")
public class GoodsReceiptResource {

    @Inject
    ProcurementQueryService queries;

    @Inject
    GoodsReceiptService receipts;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List goods receipts, newest first (procurement:view)")
    public PageEnvelope list(@QueryParam("purchaseOrder") String purchaseOrder, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, GoodsReceiptSummary.class);
        Page<GoodsReceiptSummary> page = queries.goodsReceipts(purchaseOrder, PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Get a goods receipt (procurement:view)")
    public GoodsReceiptView get(@PathParam("number") String number) {
        return receipts.byNumber(number);
    }

    @POST
    @Operation(summary = "Receive goods against a purchase order (procurement:receive)",
            description = "Per line: lineNumber, locationId, quantity (+unit), lotNumber, expiryDate (mandatory for Rx), "
                    + "serialNumbers (serialised products), or barcode = the scanned GS1 DataMatrix element string.")
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. lines[0].lotNumber (problem+json)")
    @APIResponse(responseCode = "422", description = "Over-receipt, order not receivable, expired stock, storage mismatch")
    public Response receive(GoodsReceiptRequest request) {
        GoodsReceiptView r = receipts.receive(request);
        return Response.created(uri.getAbsolutePathBuilder().path(r.number()).build()).entity(r).build();
    }
}
