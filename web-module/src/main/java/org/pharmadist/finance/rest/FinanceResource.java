package org.pharmadist.finance.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pharmadist.finance.application.AgingReport;
import org.pharmadist.finance.application.CreditNoteView;
import org.pharmadist.finance.application.CreditRequest;
import org.pharmadist.finance.application.CustomerStatement;
import org.pharmadist.finance.application.FinanceQueryService;
import org.pharmadist.finance.application.InvoiceSearch;
import org.pharmadist.finance.application.InvoiceService;
import org.pharmadist.finance.application.InvoiceSummary;
import org.pharmadist.finance.application.InvoiceView;
import org.pharmadist.finance.application.PaymentRequest;
import org.pharmadist.finance.application.PaymentService;
import org.pharmadist.finance.application.PaymentView;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.rest.FieldSelection;
import org.pharmadist.platform.rest.PageEnvelope;

/**
 * Finance: invoices (one per confirmed shipment; list, detail, PDF), credit notes (manual credit, list, detail),
 * payments (record with allocations, list, detail, apply customer credit), AR aging as of a day, customer statement
 * (JSON and PDF), overdue list. Money as JSON numbers at scale 2 in the company currency (credit notes negative);
 * request amounts as strings or numbers, taken as their exact decimal text. Dates yyyy-MM-dd, business days in the
 * company time zone. Permissions: finance:view to read, finance:invoice for credits, finance:payment for payments.
 */
@Path("/finance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Finance")
public class FinanceResource {

    static final String PDF = "application/pdf";

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    FinanceQueryService queries;

    @Context
    UriInfo uri;

    @GET
    @Path("/invoices")
    @Operation(summary = "List invoices", description = "Newest first; filters customer (id), status (OPEN, PARTIALLY_PAID, "
            + "PAID, CREDITED), from/to (invoice date), open=true (balance above 0); limit 1..500, offset.")
    public PageEnvelope invoices(@QueryParam("customer") String customer, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("open") String open,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("cursor") String cursor,
            @QueryParam("fields") String fields) {
        FieldSelection selection = FieldSelection.parse(fields, InvoiceSummary.class);
        Page<InvoiceSummary> page = queries.invoices(InvoiceSearch.parse(customer, status, from, to, open),
                PageRequest.parse(limit, offset, cursor));
        return PageEnvelope.of(page, selection.apply(page.items()));
    }

    @GET
    @Path("/invoices/{number}")
    @Operation(summary = "An invoice with lines, credit notes and payment allocations")
    public InvoiceView invoice(@PathParam("number") String number) {
        return invoices.get(number);
    }

    @GET
    @Path("/invoices/{number}/pdf")
    @Produces(PDF)
    @Operation(summary = "The invoice as a PDF document")
    public Response invoicePdf(@PathParam("number") String number) {
        byte[] pdf = invoices.invoicePdf(number);
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + number.strip() + ".pdf\"").build();
    }

    @GET
    @Path("/credit-notes")
    @Operation(summary = "List credit notes", description = "Newest first, at most 500; filter customer (id)")
    public List<CreditNoteView> creditNotes(@QueryParam("customer") String customer) {
        return queries.creditNotes(optionalId(customer, "customer"));
    }

    @GET
    @Path("/credit-notes/{number}")
    @Operation(summary = "A credit note with its lines (negative amounts)")
    public CreditNoteView creditNote(@PathParam("number") String number) {
        return invoices.creditNote(number);
    }

    @POST
    @Path("/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credit an invoice manually", description = "{invoiceNumber, reason, lines: [{lineNo, quantity}]}; "
            + "without lines everything left of the invoice is credited. Amounts mirror the invoice lines, negative.")
    @APIResponse(responseCode = "201", description = "The credit note")
    @APIResponse(responseCode = "422", description = "credit-exceeds-invoiced, invoice-fully-credited")
    public Response credit(JsonObject body) {
        JsonObject b = body(body);
        List<CreditRequest.Line> lines = new ArrayList<>();
        for (JsonObject l : objects(b, "lines")) {
            String lineNo = text(l, "lineNo");
            Integer n = null;
            if (lineNo != null) {
                try {
                    n = Integer.valueOf(lineNo.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("invalid-credit", "lines[" + lines.size() + "].lineNo",
                            "lineNo must be an invoice line number");
                }
            }
            lines.add(new CreditRequest.Line(n, text(l, "quantity")));
        }
        CreditNoteView v = invoices.credit(new CreditRequest(text(b, "invoiceNumber"), text(b, "reason"), lines));
        return Response.created(uri.getBaseUriBuilder().path("finance/credit-notes").path(v.number()).build()).entity(v).build();
    }

    @GET
    @Path("/payments")
    @Operation(summary = "List payments", description = "Newest first, at most 500; filter customer (id)")
    public List<PaymentView> payments(@QueryParam("customer") String customer) {
        return queries.payments(optionalId(customer, "customer"));
    }

    @GET
    @Path("/payments/{number}")
    @Operation(summary = "A payment with its allocations")
    public PaymentView payment(@PathParam("number") String number) {
        return payments.get(number);
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a customer payment", description = "{customerId, amount, paymentDate, method (ACH, WIRE, "
            + "CHECK, CARD, CASH), reference, allocations: [{invoiceNumber, amount}]}; without allocations the oldest open "
            + "invoices are paid first; what is left is kept as customer credit.")
    @APIResponse(responseCode = "201", description = "The payment with its allocations")
    @APIResponse(responseCode = "422", description = "allocation-exceeds-open-balance, allocation-exceeds-payment")
    public Response pay(JsonObject body) {
        JsonObject b = body(body);
        String customer = text(b, "customerId");
        PaymentView v = payments.record(new PaymentRequest(optionalId(customer, "customerId"), text(b, "amount"),
                text(b, "paymentDate"), text(b, "method"), text(b, "reference"), allocations(b)));
        return Response.created(uri.getBaseUriBuilder().path("finance/payments").path(v.number()).build()).entity(v).build();
    }

    @POST
    @Path("/customers/{id}/credit-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply the customer's unallocated payment credit to open invoices", description = "{allocations: "
            + "[{invoiceNumber, amount}]} or {} for oldest open invoices first")
    public List<PaymentView> applyCredit(@PathParam("id") String id, JsonObject body) {
        return payments.applyCredit(pathId(id), body == null ? List.of() : allocations(body));
    }

    @GET
    @Path("/aging")
    @Operation(summary = "AR aging", description = "?asOf=yyyy-MM-dd (default today): balances per customer in buckets "
            + "current, 1-30, 31-60, 61-90, over 90 days past due, and totals")
    public AgingReport aging(@QueryParam("asOf") String asOf) {
        return queries.aging(date(asOf, "asOf"));
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Invoices past due with an open balance", description = "?asOf=yyyy-MM-dd (default today)")
    public List<InvoiceSummary> overdue(@QueryParam("asOf") String asOf) {
        return queries.overdue(date(asOf, "asOf"));
    }

    @GET
    @Path("/customers/{id}/statement")
    @Operation(summary = "Customer statement", description = "?from=&to= (default: this month to today): opening balance, "
            + "invoices, credit notes, payments with running balance, closing balance")
    public CustomerStatement statement(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.statement(pathId(id), date(from, "from"), date(to, "to"));
    }

    @GET
    @Path("/customers/{id}/statement/pdf")
    @Produces(PDF)
    @Operation(summary = "Customer statement as a PDF document", description = "?from=&to= as the JSON statement")
    public Response statementPdf(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        long customer = pathId(id);
        byte[] pdf = queries.statementPdf(customer, date(from, "from"), date(to, "to"));
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"statement-" + customer + ".pdf\"").build();
    }

    // ------------------------------------------------------------------ JSON helpers

    private static JsonObject body(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("invalid-body", "body", "a JSON object body is required");
        }
        return body;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().toPlainString();
        }
        throw new InvalidInputException("invalid-" + name, name, name + " must be a string or a number");
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        JsonValue v = o.get(name);
        List<JsonObject> out = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be an array of objects");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof JsonObject x)) {
                throw new InvalidInputException("invalid-" + name, name + "[" + i + "]", name + "[" + i + "] must be an object");
            }
            out.add(x);
        }
        return out;
    }

    private static List<PaymentRequest.Allocation> allocations(JsonObject b) {
        List<PaymentRequest.Allocation> out = new ArrayList<>();
        for (JsonObject a : objects(b, "allocations")) {
            out.add(new PaymentRequest.Allocation(text(a, "invoiceNumber"), text(a, "amount")));
        }
        return out;
    }

    private static Long optionalId(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a customer id (whole number)");
        }
    }

    private static long pathId(String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidInputException("invalid-id", "id", "id must be a positive whole number");
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-" + name, name, name + " must be a date yyyy-MM-dd");
        }
    }
}
