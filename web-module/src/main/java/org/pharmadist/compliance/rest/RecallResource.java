package org.pharmadist.compliance.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.compliance.application.NoticeView;
import org.pharmadist.compliance.application.RecallDetail;
import org.pharmadist.compliance.application.RecallImportReport;
import org.pharmadist.compliance.application.RecallImportService;
import org.pharmadist.compliance.application.RecallQueryService;
import org.pharmadist.compliance.application.RecallSearch;
import org.pharmadist.compliance.application.RecallService;
import org.pharmadist.compliance.application.RecallSummary;
import org.pharmadist.inventory.application.LotDecision;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/**
 * FDA drug recalls: import openFDA enforcement reports (idempotent on the recall number), list, one recall with the
 * lots read from its code_info and every lot of ours it touches (one query), quarantine the affected lots in stock,
 * notify customers (PDF notice each), record responses with returned quantities, close with a summary. Permissions
 * compliance:view (reads) and compliance:recall (import and actions). A recall is addressed by id or by FDA recall
 * number ("D-0353-2026").
 */
@Path("/compliance/recalls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance recalls")
public class RecallResource {

    @Inject
    RecallService recalls;

    @Inject
    RecallImportService imports;

    @Inject
    RecallQueryService queries;

    @GET
    @Operation(summary = "List recalls", description = "Newest FDA report first; filters q (recall number prefix, firm or "
            + "product words), status (OPEN, IN_PROGRESS, CLOSED), classification (I, II, III), inCatalog=true (recalls "
            + "naming a product of our catalog).")
    public PageEnvelope list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("classification") String classification, @QueryParam("inCatalog") String inCatalog,
            @Parameter(description = "rows per page, 1..500, default 50") @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("cursor") String cursor, @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, RecallSummary.class);
        Page<RecallSummary> page = queries.search(RecallSearch.parse(q, status, classification, inCatalog),
                PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import openFDA recall records", description = "Body: the openFDA /drug/enforcement answer "
            + "{meta, results:[...]}, an array of records, or one record. Idempotent on recall_number: a known recall is "
            + "updated when its record changed, our workflow and notices are kept. Answers counts and rejected records.")
    @APIResponse(responseCode = "200", description = "Import report: created, updated, unchanged, rejected")
    @APIResponse(responseCode = "400", description = "invalid-json, no-records")
    public RecallImportReport importRecords(String document) {
        return imports.importDocument(document);
    }

    @POST
    @Path("/reference")
    @Operation(summary = "Import the 500 real openFDA reports shipped as reference data (idempotent)")
    public RecallImportReport importReference() {
        return imports.importReference();
    }

    @GET
    @Path("/{recall}")
    @Operation(summary = "A recall with its parsed lots, the affected lots of ours and the notices")
    @APIResponse(responseCode = "404", description = "recall-not-found")
    public RecallDetail get(@PathParam("recall") String recall) {
        return recalls.get(id(recall));
    }

    @POST
    @Path("/{recall}/quarantine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quarantine every affected lot still in stock", description = "{version, note}; lots become "
            + "RECALLED (allocation, pick and shipment refuse them). 422 lots-unreadable when code_info could not be "
            + "read, recall-closed; 409 changed-by-another-user.")
    public QuarantineAnswer quarantine(@PathParam("recall") String recall, JsonObject body) {
        JsonObject b = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        long id = id(recall);
        List<LotDecision> decisions = recalls.quarantine(id, ComplianceJson.number(b, "version"), ComplianceJson.text(b, "note"));
        return new QuarantineAnswer(decisions, recalls.get(id));
    }

    /** The lot decisions taken and the recall afterwards. */
    public record QuarantineAnswer(List<LotDecision> decisions, RecallDetail recall) { }

    @GET
    @Path("/{recall}/notices")
    @Operation(summary = "The customer notices of a recall, with responses")
    public List<NoticeView> notices(@PathParam("recall") String recall) {
        return recalls.get(id(recall)).notices();
    }

    @POST
    @Path("/{recall}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Notify customers", description = "{version, customerIds:[...]}; one notice per customer (a "
            + "customer already notified keeps its notice). Answers all notices of the recall.")
    public List<NoticeView> notifyCustomers(@PathParam("recall") String recall, JsonObject body) {
        JsonObject b = ComplianceJson.body(body);
        return recalls.notifyCustomers(id(recall), ComplianceJson.number(b, "version"), ComplianceJson.numbers(b, "customerIds"));
    }

    @GET
    @Path("/{recall}/notices/{notice}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The notice letter to one customer (PDF)")
    public Response noticePdf(@PathParam("recall") String recall, @PathParam("notice") String notice) {
        long id = id(recall);
        byte[] pdf = recalls.noticePdf(id, ComplianceJson.pathId(notice, "notice"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"recall-notice-" + notice + ".pdf\"").build();
    }

    @POST
    @Path("/{recall}/notices/{notice}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a customer's response", description = "{version, response, returnedQuantity (decimal, "
            + "0 when none), unit (EA, BX, ...)}")
    public NoticeView respond(@PathParam("recall") String recall, @PathParam("notice") String notice, JsonObject body) {
        JsonObject b = ComplianceJson.body(body);
        return recalls.respond(id(recall), ComplianceJson.pathId(notice, "notice"), ComplianceJson.number(b, "version"),
                ComplianceJson.text(b, "response"), ComplianceJson.text(b, "returnedQuantity"), ComplianceJson.text(b, "unit"));
    }

    @POST
    @Path("/{recall}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a recall with a summary", description = "{version, summary}; 422 invalid-status-transition "
            + "while OPEN (nothing done yet), recall-closed")
    public RecallDetail close(@PathParam("recall") String recall, JsonObject body) {
        JsonObject b = ComplianceJson.body(body);
        return recalls.close(id(recall), ComplianceJson.number(b, "version"), ComplianceJson.text(b, "summary"));
    }

    private long id(String recall) {
        String r = recall == null ? "" : recall.strip();
        if (r.toUpperCase(Locale.ROOT).startsWith("D")) {
            return recalls.idOf(r);
        }
        return ComplianceJson.pathId(r, "recall");
    }
}
