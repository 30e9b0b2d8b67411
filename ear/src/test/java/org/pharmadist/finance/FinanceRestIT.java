package org.pharmadist.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * Finance over REST on the deployed EAR, on the demo receivables (invoices of demo shipments, payments, one
 * over-payment): invoice list and detail, invoice PDF, payments with explicit and oldest-first allocation, the
 * over-payment kept as credit, refusals as problem+json naming the field, manual credit notes mirroring the invoice
 * (a whole credit is exactly minus its total), aging, overdue list, statement JSON and PDF, permissions.
 */
class FinanceRestIT {

    private static final String F = "api/v1/finance";

    static void assertProblem(HttpResponse<String> r, int status, String type, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r);
        assertThat(p.getString("type")).endsWith("/" + type);
        if (field != null) {
            assertThat(p.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                    .as(r.body()).contains(field);
        }
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    static HttpResponse<String> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r;
    }

    static BigDecimal dec(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    static List<JsonObject> openInvoices() {
        JsonObject page = json(ok(Http.get(F + "/invoices?open=true&limit=100"), 200));
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** An open invoice not yet paid nor credited, with at least {@code min} open. */
    static JsonObject untouchedOpenInvoice(int skip) {
        List<JsonObject> open = openInvoices().stream().filter(i -> i.getString("status").equals("OPEN")).toList();
        for (JsonObject s : open) {
            JsonObject v = json(ok(Http.get(F + "/invoices/" + s.getString("number")), 200));
            if (v.getJsonArray("creditNotes").isEmpty() && v.getJsonArray("payments").isEmpty() && skip-- == 0) {
                return v;
            }
        }
        throw new AssertionError("no untouched open demo invoice left: " + open);
    }

    @Test
    void demoInvoicesListWithFiltersAndShowTheirLinesAndPdf() {
        JsonObject page = json(ok(Http.get(F + "/invoices?limit=50"), 200));
        assertThat(page.getJsonArray("items")).as("demo invoices").hasSizeGreaterThanOrEqualTo(8);
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("number")).matches("INV-\\d{4}-\\d{6}");
        JsonObject v = json(ok(Http.get(F + "/invoices/" + first.getString("number")), 200));
        assertThat(v.getString("paymentTerms")).matches("NET\\d+");
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonValue l : v.getJsonArray("lines")) {
            net = net.add(dec(l.asJsonObject(), "netAmount"));
            tax = tax.add(dec(l.asJsonObject(), "taxAmount"));
            assertThat(l.asJsonObject().getString("ndc")).matches("\\d{5}-\\d{4}-\\d{2}");
            assertThat(l.asJsonObject().getString("unit")).isNotBlank();
        }
        assertThat(dec(v, "netTotal")).isEqualByComparingTo(net);
        assertThat(dec(v, "grandTotal")).isEqualByComparingTo(net.add(tax));

        HttpResponse<byte[]> pdf = Http.getBytes(F + "/invoices/" + first.getString("number") + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.body().length).isGreaterThan(1000);

        assertThat(json(ok(Http.get(F + "/invoices?status=PAID&limit=100"), 200)).getJsonArray("items"))
                .allSatisfy(i -> assertThat(i.asJsonObject().getString("status")).isEqualTo("PAID"));
        assertProblem(Http.get(F + "/invoices?status=LOST&from=2026-02-30"), 400, "invalid-invoice-search", "status");
        assertProblem(Http.get(F + "/invoices/INV-1999-000001"), 404, "invoice-not-found", null);
        assertThat(Http.getBytes(F + "/invoices/INV-1999-000001/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aPaymentAllocatesExplicitlyKeepsTheRestAsCreditAndRefusesTooMuch() {
        JsonObject v = untouchedOpenInvoice(0);
        String number = v.getString("number");
        long customer = v.getJsonNumber("customerId").longValue();
        BigDecimal open = dec(v, "openBalance");

        assertProblem(Http.post(F + "/payments", "application/json", "{\"customerId\":" + customer + ",\"amount\":\""
                + open.add(new BigDecimal("10.00")) + "\",\"method\":\"ACH\",\"allocations\":[{\"invoiceNumber\":\"" + number
                + "\",\"amount\":\"" + open.add(new BigDecimal("0.01")) + "\"}]}"), 422, "allocation-exceeds-open-balance",
                "allocations[0].amount");
        assertProblem(Http.post(F + "/payments", "application/json", "{\"customerId\":" + customer
                + ",\"amount\":\"abc\",\"method\":\"GOLD\",\"paymentDate\":\"2999-01-01\"}"), 400, "invalid-payment", "amount");
        assertThat(dec(json(ok(Http.get(F + "/invoices/" + number), 200)), "openBalance")).isEqualByComparingTo(open);

        HttpResponse<String> created = ok(Http.post(F + "/payments", "application/json", "{\"customerId\":" + customer
                + ",\"amount\":\"1.50\",\"method\":\"check\",\"reference\":\"CHK-IT-1\",\"allocations\":[{\"invoiceNumber\":\""
                + number + "\",\"amount\":0.50}]}"), 201);
        JsonObject p = json(created);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/finance/payments/" + p.getString("number")));
        assertThat(p.getString("number")).matches("PAY-\\d{4}-\\d{6}");
        assertThat(p.getString("method")).isEqualTo("CHECK");
        assertThat(dec(p, "allocatedAmount")).isEqualByComparingTo("0.50");
        assertThat(dec(p, "unallocatedAmount")).isEqualByComparingTo("1.00");
        JsonObject after = json(ok(Http.get(F + "/invoices/" + number), 200));
        assertThat(dec(after, "openBalance")).isEqualByComparingTo(open.subtract(new BigDecimal("0.50")));
        assertThat(after.getString("status")).isEqualTo("PARTIALLY_PAID");
        assertThat(json(ok(Http.get(F + "/payments/" + p.getString("number")), 200)).getJsonArray("allocations")).hasSize(1);
        assertThat(json(ok(Http.get("api/v1/crm/customers/" + customer + "/360"), 200)).toString()).contains("Unapplied credit");

        // The credit is applied later, oldest open invoice first.
        JsonArray used = Json.array(ok(Http.post(F + "/customers/" + customer + "/credit-applications", "application/json", "{}"), 200));
        assertThat(used).as("payments whose credit was used").isNotEmpty();
        assertProblem(Http.post(F + "/customers/999999999/credit-applications", "application/json", "{}"), 404, "customer-not-found", null);
    }

    @Test
    void aManualCreditOfAWholeInvoiceIsExactlyMinusItsTotal() {
        JsonObject v = untouchedOpenInvoice(1);
        String number = v.getString("number");
        assertProblem(Http.post(F + "/credit-notes", "application/json", "{\"invoiceNumber\":\"" + number
                + "\",\"reason\":\"too much\",\"lines\":[{\"lineNo\":1,\"quantity\":\"100000\"}]}"), 422, "credit-exceeds-invoiced",
                "lines[0].quantity");
        assertProblem(Http.post(F + "/credit-notes", "application/json", "{\"invoiceNumber\":\"" + number + "\"}"), 400,
                "invalid-credit", "reason");
        JsonObject cn = json(ok(Http.post(F + "/credit-notes", "application/json", "{\"invoiceNumber\":\"" + number
                + "\",\"reason\":\"system test: wrong customer\"}"), 201));
        assertThat(cn.getString("number")).matches("CN-\\d{4}-\\d{6}");
        assertThat(dec(cn, "grandTotal")).isEqualByComparingTo(dec(v, "grandTotal").negate());
        assertThat(cn.getJsonArray("lines")).hasSameSizeAs(v.getJsonArray("lines"));
        for (int i = 0; i < v.getJsonArray("lines").size(); i++) {
            assertThat(dec(cn.getJsonArray("lines").getJsonObject(i), "netAmount"))
                    .isEqualByComparingTo(dec(v.getJsonArray("lines").getJsonObject(i), "netAmount").negate());
        }
        JsonObject after = json(ok(Http.get(F + "/invoices/" + number), 200));
        assertThat(after.getString("status")).isEqualTo("CREDITED");
        assertThat(dec(after, "openBalance")).isEqualByComparingTo("0.00");
        assertThat(json(ok(Http.get(F + "/credit-notes/" + cn.getString("number")), 200)).getString("invoiceNumber")).isEqualTo(number);
        assertThat(ok(Http.get(F + "/credit-notes?customer=" + v.getJsonNumber("customerId")), 200).body()).contains(cn.getString("number"));
    }

    @Test
    void agingOverdueAndStatementAgree() {
        JsonObject aging = json(ok(Http.get(F + "/aging"), 200));
        assertThat(aging.getString("currency")).isEqualTo("USD");
        JsonObject totals = aging.getJsonObject("totals");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue r : aging.getJsonArray("customers")) {
            sum = sum.add(dec(r.asJsonObject(), "total"));
        }
        assertThat(dec(totals, "total")).isEqualByComparingTo(sum);
        assertThat(dec(totals, "over90")).as("demo data has an invoice over 90 days past due").isPositive();
        assertThat(dec(totals, "unappliedCredit")).isNotNegative();
        assertProblem(Http.get(F + "/aging?asOf=yesterday"), 400, "invalid-asOf", "asOf");
        JsonArray overdue = Json.array(ok(Http.get(F + "/overdue"), 200));
        assertThat(overdue).isNotEmpty().allSatisfy(i -> assertThat(i.asJsonObject().getInt("daysPastDue")).isPositive());

        long customer = aging.getJsonArray("customers").getJsonObject(0).getJsonNumber("customerId").longValue();
        JsonObject s = json(ok(Http.get(F + "/customers/" + customer + "/statement?from=2000-01-01"), 200));
        assertThat(dec(s, "openingBalance")).isEqualByComparingTo("0.00");
        assertThat(dec(s, "closingBalance")).isEqualByComparingTo(dec(s, "openingBalance").add(dec(s, "invoiced"))
                .subtract(dec(s, "credited")).subtract(dec(s, "paid")));
        JsonArray entries = s.getJsonArray("entries");
        assertThat(entries).isNotEmpty();
        assertThat(dec(entries.getJsonObject(entries.size() - 1), "balance")).isEqualByComparingTo(dec(s, "closingBalance"));
        HttpResponse<byte[]> pdf = Http.getBytes(F + "/customers/" + customer + "/statement/pdf?from=2000-01-01");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertProblem(Http.get(F + "/customers/" + customer + "/statement?from=2026-12-01&to=2026-11-01"), 400, "invalid-period", "from");
        assertProblem(Http.get(F + "/customers/999999999/statement"), 404, "customer-not-found", null);
    }

    @Test
    void warehouseMayNotSeeFinanceAndSalesMayNotRecordPayments() {
        assertThat(Http.getAs("WAREHOUSE", F + "/invoices").statusCode()).isEqualTo(403);
        assertThat(Http.getAs("SALES", F + "/invoices").statusCode()).isEqualTo(200);
        assertThat(Http.postAs("SALES", F + "/payments", "application/json", "{}").statusCode()).isEqualTo(403);
        assertThat(Http.postAs("FINANCE", F + "/payments", "application/json", "{}").statusCode()).isEqualTo(400);
    }

    /** JSON arrays of a response. */
    static final class Json {
        private Json() {
        }

        static JsonArray array(HttpResponse<String> r) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
                return reader.readArray();
            }
        }
    }
}
