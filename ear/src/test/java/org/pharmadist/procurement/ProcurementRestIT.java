package org.pharmadist.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * The procurement REST API over real HTTP on the deployed EAR: suppliers, purchase orders in whole purchase units
 * with rounding warnings, goods receipts (partial, over-receipt 422, Rx lot/expiry, GS1 scan), supplier invoices
 * with the three-way match and approval, reorder policies; problem+json for bad input and refused permissions.
 */
class ProcurementRestIT {

    private static final String JSON = "application/json";
    private static final char GS = '\u001d';
    private static String supplierCode;

    @BeforeAll
    static void fixture() {
        ProcurementFixture.ensure();
        supplierCode = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> r = Http.postAs("PROCUREMENT", "api/v1/procurement/suppliers", JSON, supplier(supplierCode, "Hospira, Inc."));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    static String supplier(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"addressLine\":\"275 N Field Dr\",\"city\":\"Lake Forest\","
                + "\"state\":\"IL\",\"postalCode\":\"60045\",\"contactEmail\":\"orders@hospira.example\","
                + "\"paymentTermsDays\":30,\"leadTimeDays\":4,\"currency\":\"USD\"}";
    }

    static JsonObject createOrder(String lines) {
        HttpResponse<String> r = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON,
                "{\"supplierCode\":\"" + supplierCode + "\",\"warehouseId\":" + ProcurementFixture.warehouseId()
                        + ",\"lines\":[" + lines + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    static JsonObject sentOrder(String lines) {
        JsonObject po = createOrder(lines);
        HttpResponse<String> sent = Http.sendAs("PROCUREMENT", "POST", "api/v1/procurement/purchase-orders/"
                + po.getString("number") + "/send?version=" + po.getJsonNumber("version"), null, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return json(sent);
    }

    static void assertProblem(HttpResponse<String> r, int status, String typeSuffix) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("type")).endsWith(typeSuffix);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    static String field(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void supplierIsCreatedReadChangedAndStaleChangesAreRefused() {
        JsonObject s = json(Http.getAs("WAREHOUSE", "api/v1/procurement/suppliers/" + supplierCode));
        assertThat(s.getString("name")).isEqualTo("Hospira, Inc.");
        assertThat(s.getInt("paymentTermsDays")).isEqualTo(30);
        long version = s.getJsonNumber("version").longValue();
        String change = "{\"name\":\"Hospira Inc. (Pfizer)\",\"paymentTermsDays\":45,\"leadTimeDays\":3,\"version\":" + version + "}";
        HttpResponse<String> ok = Http.sendAs("PROCUREMENT", "PUT", "api/v1/procurement/suppliers/" + supplierCode, JSON, change);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).getInt("paymentTermsDays")).isEqualTo(45);
        assertProblem(Http.sendAs("PROCUREMENT", "PUT", "api/v1/procurement/suppliers/" + supplierCode, JSON, change), 409,
                "/changed-by-another-user");
        JsonObject list = json(Http.getAs("FINANCE", "api/v1/procurement/suppliers?q=" + supplierCode.toLowerCase() + "&limit=5"));
        assertThat(list.getJsonArray("items")).hasSize(1);
        assertThat(list.getJsonObject("page").getInt("total")).isEqualTo(1);
    }

    @Test
    void badSupplierInputIsA400NamingTheFieldAndDuplicatesA409() {
        HttpResponse<String> bad = Http.postAs("PROCUREMENT", "api/v1/procurement/suppliers", JSON,
                "{\"code\":\"BAD-STATE\",\"name\":\"X\",\"state\":\"Illinois\",\"paymentTermsDays\":30,\"leadTimeDays\":1}");
        assertProblem(bad, 400, "/invalid-state");
        assertThat(field(bad)).isEqualTo("state");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/suppliers", JSON, supplier(supplierCode, "Again")), 409,
                "/supplier-code-taken");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/suppliers", JSON, "{not json"), 400, "/unreadable-request");
    }

    @Test
    void purchaseOrderLinesAreWholeBoxesAndARoundedQuantityComesWithAWarning() {
        JsonObject po = createOrder("{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"quantity\":\"60\",\"unit\":\"EA\",\"unitCost\":\"12.345678\"},"
                + "{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"quantity\":50,\"unit\":\"EA\",\"unitCost\":10}");
        assertThat(po.getString("number")).matches("PO-\\d{4}-\\d{6}");
        assertThat(po.getString("status")).isEqualTo("DRAFT");
        JsonArray lines = po.getJsonArray("lines");
        JsonObject first = lines.getJsonObject(0);
        assertThat(first.getJsonNumber("quantity").bigDecimalValue()).as("60 EA at BX = 25 EA").isEqualByComparingTo("3");
        assertThat(first.getString("unit")).isEqualTo("BX");
        assertThat(first.getJsonNumber("quantityInStockUnits").bigDecimalValue()).isEqualByComparingTo("75");
        assertThat(first.getJsonNumber("unitCost").bigDecimalValue()).isEqualByComparingTo("12.34568");
        assertThat(first.getJsonNumber("lineAmount").bigDecimalValue()).isEqualByComparingTo("37.04");
        assertThat(lines.getJsonObject(1).getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(po.getJsonArray("warnings")).hasSize(1);
        assertThat(po.getJsonArray("warnings").getString(0)).isEqualTo("60 EA is not a whole number of BX; rounded up to 3 BX = 75 EA");

        HttpResponse<String> added = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + po.getString("number")
                + "/lines", JSON, "{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"quantity\":\"1\",\"unitCost\":\"10\",\"version\":"
                + po.getJsonNumber("version") + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(json(added).getJsonArray("warnings")).isEmpty();
        assertThat(json(added).getJsonArray("lines").getJsonObject(2).getString("unit")).isEqualTo("BX");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + po.getString("number") + "/lines", JSON,
                "{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"quantity\":\"1\",\"unitCost\":\"10\",\"version\":"
                        + po.getJsonNumber("version") + "}"), 409, "/changed-by-another-user");
    }

    @Test
    void badPurchaseOrderInputIsA400NamingTheLineField() {
        HttpResponse<String> r = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON,
                "{\"supplierCode\":\"" + supplierCode + "\",\"warehouseId\":" + ProcurementFixture.warehouseId()
                        + ",\"lines\":[{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"quantity\":\"two\",\"unitCost\":\"1\"}]}");
        assertProblem(r, 400, "/invalid-quantity");
        assertThat(field(r)).isEqualTo("lines[0].quantity");
        HttpResponse<String> unit = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON,
                "{\"supplierCode\":\"" + supplierCode + "\",\"warehouseId\":" + ProcurementFixture.warehouseId()
                        + ",\"lines\":[{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"1\",\"unit\":\"CA\",\"unitCost\":\"1\"}]}");
        assertProblem(unit, 400, "/unit-not-defined");
        assertThat(field(unit)).isEqualTo("lines[0].unit");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON,
                "{\"supplierCode\":\"NO-SUCH\",\"warehouseId\":" + ProcurementFixture.warehouseId() + "}"), 404, "/supplier-not-found");
        assertProblem(Http.getAs("PROCUREMENT", "api/v1/procurement/purchase-orders?status=SHIPPED"), 400, "/invalid-status");
    }

    @Test
    void sentOrderIsNotEditableAndIdempotencyKeyCreatesOnce() {
        JsonObject po = sentOrder("{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"2\",\"unitCost\":\"5\"}");
        assertThat(po.getString("status")).isEqualTo("SENT");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + po.getString("number") + "/lines", JSON,
                "{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"1\",\"unitCost\":\"1\"}"), 422,
                "/purchase-order-not-editable");
        String key = UUID.randomUUID().toString();
        String body = "{\"supplierCode\":\"" + supplierCode + "\",\"warehouseId\":" + ProcurementFixture.warehouseId() + "}";
        HttpResponse<String> a = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON, body, "Idempotency-Key", key);
        HttpResponse<String> b = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON, body, "Idempotency-Key", key);
        assertThat(a.statusCode()).isEqualTo(201);
        assertThat(b.statusCode()).isEqualTo(201);
        assertThat(json(b).getString("number")).isEqualTo(json(a).getString("number"));
    }

    @Test
    void partialReceiptByScanOverReceiptRefusalAndRxLotRequired() {
        JsonObject po = sentOrder("{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"3\",\"unitCost\":\"7.5\"}");
        String number = po.getString("number");
        String scan = ("]d201" + ProcurementFixture.HEPARIN_GTIN + "17281130" + "10HEP-" + number.substring(number.length() - 6)
                + GS + "21SER001").replace("\"", "");
        String receipt = "{\"purchaseOrderNumber\":\"" + number + "\",\"deliveryNote\":\"PS-77\",\"lines\":[{\"lineNumber\":1,"
                + "\"locationId\":" + ProcurementFixture.locationId() + ",\"barcode\":\"" + scan.replace("\u001d", "\\u001d")
                + "\",\"quantity\":\"2\"}]}";
        HttpResponse<String> r = Http.postAs("WAREHOUSE", "api/v1/procurement/goods-receipts", JSON, receipt);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject gr = json(r);
        assertThat(gr.getString("purchaseOrderStatus")).isEqualTo("PARTIALLY_RECEIVED");
        JsonObject line = gr.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("lotNumber")).startsWith("HEP-");
        assertThat(line.getString("expiryDate")).isEqualTo("2028-11-30");
        assertThat(line.getString("stockStatus")).isIn("AVAILABLE", "QUARANTINE");

        HttpResponse<String> over = Http.postAs("WAREHOUSE", "api/v1/procurement/goods-receipts", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"lines\":[{\"lineNumber\":1,\"locationId\":" + ProcurementFixture.locationId()
                        + ",\"lotNumber\":\"HEP-X\",\"expiryDate\":\"2028-11-30\",\"quantity\":\"2\"}]}");
        assertProblem(over, 422, "/over-receipt");
        assertThat(json(over).getString("detail")).contains("would exceed the ordered 3 EA (2 EA already received, 1 EA open)");

        HttpResponse<String> noLot = Http.postAs("WAREHOUSE", "api/v1/procurement/goods-receipts", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"lines\":[{\"lineNumber\":1,\"locationId\":" + ProcurementFixture.locationId()
                        + ",\"expiryDate\":\"2028-11-30\",\"quantity\":\"1\"}]}");
        assertProblem(noLot, 400, "/lot-number-required");
        assertThat(field(noLot)).isEqualTo("lines[0].lotNumber");

        HttpResponse<String> badScan = Http.postAs("WAREHOUSE", "api/v1/procurement/goods-receipts", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"lines\":[{\"lineNumber\":1,\"locationId\":" + ProcurementFixture.locationId()
                        + ",\"barcode\":\"0100303380424185\",\"quantity\":\"1\"}]}");
        assertProblem(badScan, 400, "/invalid-gs1-barcode");
        assertThat(field(badScan)).isEqualTo("lines[0].barcode");
        assertThat(json(Http.getAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + number)).getJsonArray("lines")
                .getJsonObject(0).getJsonNumber("receivedQuantity").bigDecimalValue()).isEqualByComparingTo("2");
        JsonObject receipts = json(Http.getAs("FINANCE", "api/v1/procurement/goods-receipts?purchaseOrder=" + number));
        assertThat(receipts.getJsonArray("items")).hasSize(1);
    }

    @Test
    void invoiceIsThreeWayMatchedAndAMismatchApprovedWithAReasonByFinance() {
        JsonObject po = sentOrder("{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"3\",\"unitCost\":\"7.5\"}");
        String number = po.getString("number");
        HttpResponse<String> gr = Http.postAs("WAREHOUSE", "api/v1/procurement/goods-receipts", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"lines\":[{\"lineNumber\":1,\"locationId\":" + ProcurementFixture.locationId()
                        + ",\"lotNumber\":\"INV-" + number.substring(number.length() - 6) + "\",\"expiryDate\":\"2028-11-30\",\"quantity\":\"2\"}]}");
        assertThat(gr.statusCode()).as(gr.body()).isEqualTo(201);
        HttpResponse<String> inv = Http.postAs("FINANCE", "api/v1/procurement/supplier-invoices", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"invoiceNumber\":\"INV-" + number + "\",\"invoiceDate\":\"2026-11-29\","
                        + "\"lines\":[{\"lineNumber\":1,\"quantity\":\"3\",\"unitPrice\":\"7.50\"}]}");
        assertThat(inv.statusCode()).as(inv.body()).isEqualTo(201);
        JsonObject invoice = json(inv);
        assertThat(invoice.getString("status")).isEqualTo("MISMATCH");
        assertThat(invoice.getJsonArray("mismatches").getString(0)).isEqualTo("line 1 NDC 0338-0424-18: invoiced 3 EA, received 2 EA");
        assertThat(invoice.getJsonNumber("totalAmount").bigDecimalValue()).isEqualByComparingTo("22.50");
        long id = invoice.getJsonNumber("id").longValue();
        JsonObject match = json(Http.getAs("PROCUREMENT", "api/v1/procurement/supplier-invoices/" + id + "/match"));
        assertThat(match.getString("status")).isEqualTo("MISMATCH");

        assertProblem(Http.postAs("FINANCE", "api/v1/procurement/supplier-invoices/" + id + "/approval", JSON, "{\"reason\":\"\"}"),
                422, "/approval-reason-required");
        HttpResponse<String> refused = Http.postAs("PROCUREMENT", "api/v1/procurement/supplier-invoices/" + id + "/approval", JSON,
                "{\"reason\":\"ok\"}");
        assertProblem(refused, 403, "/permission-denied");
        assertThat(json(refused).getString("detail")).contains("procurement:invoice");
        HttpResponse<String> approved = Http.postAs("FINANCE", "api/v1/procurement/supplier-invoices/" + id + "/approval", JSON,
                "{\"reason\":\"third box follows on back order, billed in advance as agreed\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).getString("status")).isEqualTo("APPROVED");
        assertThat(json(approved).getString("approvedBy")).isEqualTo("finance");
        assertProblem(Http.getAs("PROCUREMENT", "api/v1/procurement/supplier-invoices/abc"), 400, "/invalid-id");
    }

    @Test
    void permissionsAreRefusedAsProblems() {
        assertProblem(Http.postAs("WAREHOUSE", "api/v1/procurement/suppliers", JSON, supplier("WH-NOPE", "X")), 403, "/permission-denied");
        assertProblem(Http.postAs("PROCUREMENT", "api/v1/procurement/goods-receipts", JSON, "{\"purchaseOrderNumber\":\"PO-1\"}"),
                403, "/permission-denied");
        assertProblem(Http.getAs("SALES", "api/v1/procurement/purchase-orders"), 403, "/permission-denied");
        assertProblem(Http.getAs(Http.ANONYMOUS, "api/v1/procurement/purchase-orders"), 401, "");
    }

    @Test
    void reorderPolicyAndSuggestions() {
        String body = "{\"ndc\":\"" + ProcurementFixture.BOXED_NDC + "\",\"warehouseId\":" + ProcurementFixture.warehouseId()
                + ",\"minQuantity\":\"1000000\",\"maxQuantity\":\"1000010\",\"preferredSupplierCode\":\"" + supplierCode + "\"}";
        HttpResponse<String> saved = Http.sendAs("PROCUREMENT", "PUT", "api/v1/procurement/reorder-policies", JSON, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> s = Http.getAs("PROCUREMENT", "api/v1/procurement/reorder-suggestions?warehouseId=" + ProcurementFixture.warehouseId());
        assertThat(s.statusCode()).as(s.body()).isEqualTo(200);
        JsonArray all = jakarta.json.Json.createReader(new java.io.StringReader(s.body())).readArray();
        JsonObject vanco = all.stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("ndc").equals(ProcurementFixture.BOXED_NDC)).findFirst().orElseThrow();
        assertThat(vanco.getString("purchaseUnit")).isEqualTo("BX");
        assertThat(vanco.getString("supplierCode")).isEqualTo(supplierCode);
        // whole boxes of 25 EA
        assertThat(vanco.getJsonNumber("suggestedStockQuantity").bigDecimalValue().remainder(new java.math.BigDecimal("25")))
                .isEqualByComparingTo("0");
        assertProblem(Http.sendAs("PROCUREMENT", "PUT", "api/v1/procurement/reorder-policies", JSON,
                body.replace("1000010", "5")), 422, "/invalid-reorder-levels");
    }
}
