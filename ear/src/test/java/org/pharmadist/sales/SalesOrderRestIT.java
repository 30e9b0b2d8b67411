package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.sales.QuotationRestIT.assertProblem;
import static org.pharmadist.sales.QuotationRestIT.dec;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;
import static org.pharmadist.sales.SalesFixtures.ok;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * Sales orders, shipments and returns over REST on the deployed EAR, in a warehouse of their own: the money example
 * confirmed and allocated FEFO for the customer's 120-day shelf life, shipped by the warehouse (SALES may not ship),
 * packing slip by lot and expiry, return refusals as 422 problems with codes and a booked return; credit hold with
 * "receivables unknown", refused release for SALES (403), release by FINANCE; backorder, backorder list, cancel;
 * field-named 400, stale version 409, Idempotency-Key; quotation conversion once.
 */
class SalesOrderRestIT {

    private static final String O = "api/v1/sales/orders";
    private static final String JSON = "application/json";
    private static String warehouse;
    private static String priceList;

    @BeforeAll
    static void stock() {
        warehouse = SalesFixtures.warehouse();
        priceList = SalesFixtures.priceList();
        LocalDate today = LocalDate.now();
        SalesFixtures.receiveHeparin(warehouse, "SHORT" + SalesFixtures.RUN, today.plusDays(60), 500); // < 120 days: never allocated
        SalesFixtures.receiveHeparin(warehouse, "EARLY" + SalesFixtures.RUN, today.plusDays(200), 10);
        SalesFixtures.receiveHeparin(warehouse, "LATE" + SalesFixtures.RUN, today.plusDays(400), 30);
    }

    static String orderBody(long customer, String quantity) {
        return "{\"customerId\":" + customer + ",\"customerPoReference\":\"PO-IT-1\",\"warehouseCode\":\"" + warehouse
                + "\",\"lines\":[{\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"" + quantity + "\",\"unit\":\"EA\","
                + "\"discountPercent\":\"4\",\"taxRatePercent\":\"22\"}]}";
    }

    static JsonObject post(String role, String path, String body, int status) {
        return json(ok(Http.postAs(role, path, JSON, body), status));
    }

    static String version(JsonObject o) {
        return "{\"version\":" + o.getJsonNumber("version").longValue() + "}";
    }

    @Test
    void anOrderIsConfirmedAllocatedFefoShippedByTheWarehouseAndReturnsAreChecked() {
        long customer = SalesFixtures.customer("Order Hospital " + SalesFixtures.RUN, priceList, null);
        JsonObject draft = post("SALES", O, orderBody(customer, "16"), 201);
        assertThat(draft.getString("number")).matches("SO-\\d{4}-\\d{6}");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(dec(draft, "netTotal")).isEqualByComparingTo("5350.66");
        assertThat(dec(draft, "taxTotal")).isEqualByComparingTo("1177.15");
        assertThat(dec(draft, "grandTotal")).isEqualByComparingTo("6527.81");
        long id = draft.getJsonNumber("id").longValue();

        JsonObject o = post("SALES", O + "/" + id + "/confirm", version(draft), 200);
        assertThat(o.getString("status")).isEqualTo("CONFIRMED");
        JsonObject line = o.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("status")).isEqualTo("ALLOCATED");
        assertThat(dec(line, "allocatedQuantity")).isEqualByComparingTo("16");
        assertThat(o.getJsonObject("credit").getBoolean("withinLimit")).isTrue();

        assertProblem(Http.postAs("SALES", "api/v1/sales/shipments", JSON, "{\"orderId\":" + id + ",\"version\":"
                + o.getInt("version") + "}"), 403, "permission-denied", null);
        JsonObject s = post("WAREHOUSE", "api/v1/sales/shipments", "{\"orderId\":" + id + ",\"version\":" + o.getInt("version") + "}", 201);
        assertThat(s.getString("number")).matches("SH-\\d{4}-\\d{6}");
        assertThat(ok(Http.getAs("WAREHOUSE", "api/v1/sales/shipments/" + s.getInt("id") + "/pick-list"), 200).body())
                .contains("EARLY" + SalesFixtures.RUN);
        JsonArray pick = s.getJsonArray("lines");
        assertThat(pick).hasSize(2);
        assertThat(pick.getJsonObject(0).getString("lotNumber")).isEqualTo("EARLY" + SalesFixtures.RUN);
        assertThat(dec(pick.getJsonObject(0), "quantity")).isEqualByComparingTo("10");
        assertThat(pick.getJsonObject(1).getString("lotNumber")).isEqualTo("LATE" + SalesFixtures.RUN);
        assertThat(pick.getJsonObject(1).getString("locationCode")).isEqualTo("S-01");

        JsonObject shipped = post("WAREHOUSE", "api/v1/sales/shipments/" + s.getInt("id") + "/confirm", version(s), 200);
        assertThat(shipped.getString("status")).isEqualTo("SHIPPED");
        assertProblem(Http.postAs("WAREHOUSE", "api/v1/sales/shipments/" + s.getInt("id") + "/confirm", JSON, version(shipped)),
                409, "shipment-already-shipped", null);
        JsonObject after = json(ok(Http.getAs("SALES", O + "/" + id), 200));
        assertThat(after.getString("status")).isEqualTo("SHIPPED");
        assertProblem(Http.postAs("SALES", O + "/" + id + "/cancel", JSON, version(after)), 409, "order-shipped", null);

        JsonObject slip = json(ok(Http.getAs("SALES", "api/v1/sales/shipments/" + s.getInt("id") + "/packing-slip"), 200));
        assertThat(slip.getString("customerPoReference")).isEqualTo("PO-IT-1");
        assertThat(slip.getJsonArray("lines").getJsonObject(0).getString("expiryDate"))
                .isEqualTo(LocalDate.now().plusDays(200).toString());

        String ret = "{\"shipmentId\":" + s.getInt("id") + ",\"reason\":\"damaged\",\"lines\":[{\"orderLineNo\":1,"
                + "\"lotNumber\":\"%s\",\"quantity\":\"%s\"}]}";
        assertProblem(Http.postAs("SALES", "api/v1/sales/returns", JSON, String.format(ret, "EARLY" + SalesFixtures.RUN, "11")),
                422, "return-exceeds-delivered", "lines[0].quantity");
        assertProblem(Http.postAs("SALES", "api/v1/sales/returns", JSON, String.format(ret, "SHORT" + SalesFixtures.RUN, "1")),
                422, "lot-not-shipped-to-customer", "lines[0].lotNumber");
        JsonObject rt = post("SALES", "api/v1/sales/returns", String.format(ret, "EARLY" + SalesFixtures.RUN, "4"), 201);
        assertThat(rt.getString("number")).matches("RT-\\d{4}-\\d{6}");
        assertThat(rt.getJsonArray("lines").getJsonObject(0).getString("locationCode")).isEqualTo(warehouse + "/Q-01");
        assertProblem(Http.postAs("SALES", "api/v1/sales/returns", JSON, String.format(ret, "EARLY" + SalesFixtures.RUN, "7")),
                422, "return-exceeds-delivered", null);
    }

    @Test
    void aCreditBreachHoldsTheOrderUntilFinanceReleasesIt() {
        long customer = SalesFixtures.customer("Credit Clinic " + SalesFixtures.RUN, priceList, null, "1000.00");
        JsonObject draft = post("SALES", O, orderBody(customer, "2"), 201); // 2 x 348.35 x 0.96 x 1.22 = 815.97
        JsonObject ok = post("SALES", O + "/" + draft.getInt("id") + "/confirm", version(draft), 200);
        assertThat(ok.getString("status")).isEqualTo("CONFIRMED");
        // adding a line raises the exposure over the limit: checked, held, the new line is not allocated
        JsonObject held = post("SALES", O + "/" + draft.getInt("id") + "/lines", "{\"version\":" + ok.getInt("version")
                + ",\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"1\",\"unit\":\"EA\"}", 200);
        assertThat(held.getString("status")).isEqualTo("ON_HOLD");
        assertThat(held.getJsonObject("credit").getBoolean("withinLimit")).isFalse();
        JsonObject hold = held.getJsonArray("holds").getJsonObject(0);
        assertThat(hold.getString("kind")).isEqualTo("CREDIT");
        assertThat(hold.getString("permission")).isEqualTo("sales:credit-release");
        assertThat(held.getJsonArray("lines").getJsonObject(1).getString("status")).isEqualTo("OPEN");

        String release = O + "/" + held.getInt("id") + "/holds/" + hold.getInt("id") + "/release";
        assertProblem(Http.postAs("SALES", release, JSON, "{\"version\":" + held.getInt("version") + ",\"reason\":\"ok\"}"),
                403, "permission-denied", null);
        assertProblem(Http.postAs("FINANCE", release, JSON, "{\"version\":" + held.getInt("version") + "}"),
                400, "invalid-hold-decision", "reason");
        JsonObject released = post("FINANCE", release, "{\"version\":" + held.getInt("version")
                + ",\"reason\":\"limit raised by phone\"}", 200);
        assertThat(released.getString("status")).isEqualTo("CONFIRMED");
        assertThat(released.getJsonArray("lines").getJsonObject(1).getString("status")).isEqualTo("ALLOCATED");
        assertThat(released.getJsonArray("holds").getJsonObject(0).getString("decidedBy")).isEqualTo("finance");

        // entered over the limit at once: confirm holds it, nothing is allocated
        JsonObject big = post("SALES", O, orderBody(customer, "5"), 201);
        JsonObject bigHeld = post("SALES", O + "/" + big.getInt("id") + "/confirm", version(big), 200);
        assertThat(bigHeld.getString("status")).isEqualTo("ON_HOLD");
        assertThat(dec(bigHeld.getJsonArray("lines").getJsonObject(0), "allocatedQuantity")).isEqualByComparingTo("0");
        JsonObject rejected = post("FINANCE", O + "/" + big.getInt("id") + "/holds/"
                + bigHeld.getJsonArray("holds").getJsonObject(0).getInt("id") + "/reject",
                "{\"version\":" + bigHeld.getInt("version") + ",\"reason\":\"over limit\"}", 200);
        assertThat(rejected.getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aShortOrderIsBackorderedListedAndCancelledAndBadInputIsRefused() {
        long customer = SalesFixtures.customer("Backorder Pharmacy " + SalesFixtures.RUN, priceList, null, "9000000.00");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = Http.postAs("SALES", O, JSON, orderBody(customer, "100"), "Idempotency-Key", key);
        HttpResponse<String> again = Http.postAs("SALES", O, JSON, orderBody(customer, "100"), "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(again).getInt("id")).isEqualTo(json(first).getInt("id"));
        JsonObject draft = json(first);
        JsonObject o = post("SALES", O + "/" + draft.getInt("id") + "/confirm", version(draft), 200);
        JsonObject line = o.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("status")).isEqualTo("BACKORDERED");
        assertThat(dec(line, "backorderedQuantity").signum()).isPositive();
        HttpResponse<String> backorders = ok(Http.getAs("SALES", O + "/backorders?customer=" + customer), 200);
        assertThat(backorders.body()).contains(o.getString("number"));

        assertProblem(Http.postAs("SALES", O + "/" + draft.getInt("id") + "/cancel", JSON, version(draft)),
                409, "changed-by-another-user", null);
        JsonObject cancelled = post("SALES", O + "/" + draft.getInt("id") + "/cancel", version(o), 200);
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(ok(Http.getAs("SALES", O + "/backorders?customer=" + customer), 200).body()).doesNotContain(o.getString("number"));

        assertProblem(Http.postAs("SALES", O, JSON, orderBody(customer, "-3")), 400, "invalid-order", "lines[0].quantity");
        assertProblem(Http.postAs("WAREHOUSE", O, JSON, orderBody(customer, "1")), 403, "permission-denied", null);
        JsonObject page = json(ok(Http.getAs("SALES", O + "?customer=" + customer + "&limit=5"), 200));
        assertThat(page.toString()).contains(o.getString("number")).contains("Backorder Pharmacy");
    }

    @Test
    void anAcceptedQuotationConvertsOnce() {
        long customer = SalesFixtures.customer("Quoted Hospital " + SalesFixtures.RUN, priceList, null);
        JsonObject q = SalesFixtures.exampleQuotation(customer);
        String qp = "api/v1/sales/quotations/" + q.getInt("id");
        JsonObject sent = json(ok(Http.post(qp + "/send", JSON, version(q)), 200));
        json(ok(Http.post(qp + "/accept", JSON, version(sent)), 200));
        JsonObject o = post("SALES", O + "/from-quotation/" + q.getInt("id"), "{\"customerPoReference\":\"PO-Q\"}", 201);
        assertThat(o.getString("sourceQuotationNumber")).isEqualTo(q.getString("number"));
        assertThat(dec(o, "grandTotal")).isEqualByComparingTo("6527.81");
        assertProblem(Http.postAs("SALES", O + "/from-quotation/" + q.getInt("id"), JSON, "{}"), 409,
                "quotation-already-converted", null);
    }
}
