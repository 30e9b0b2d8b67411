package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.sales.QuotationRestIT.assertProblem;
import static org.pharmadist.sales.QuotationSoapIT.assertCodedClientFault;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;
import static org.pharmadist.sales.SalesFixtures.ok;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * The license gate on sales orders over REST and SOAP on the deployed EAR: an order for a customer without a state
 * pharmacy license is confirmed ON_HOLD with a LICENSE hold on the prescription line (nothing allocated), which SALES
 * and FINANCE may not release and COMPLIANCE may; over SOAP the same order is a Client fault {@code license-hold}.
 */
class SalesLicenseGateIT {

    private static final String O = "api/v1/sales/orders";
    private static final String JSON = "application/json";
    private static String warehouse;
    private static String priceList;

    @BeforeAll
    static void stock() {
        warehouse = SalesFixtures.warehouse();
        priceList = SalesFixtures.priceList();
        SalesFixtures.receiveHeparin(warehouse, "GATE" + SalesFixtures.RUN, LocalDate.now().plusDays(400), 50);
    }

    static String orderBody(long customer) {
        return "{\"customerId\":" + customer + ",\"warehouseCode\":\"" + warehouse + "\",\"lines\":[{\"ndc\":\"" + HEPARIN
                + "\",\"quantity\":\"2\",\"unit\":\"EA\"}]}";
    }

    @Test
    void anUnlicensedCustomersOrderIsHeldForLicenseUntilComplianceReleasesIt() {
        long customer = SalesFixtures.unlicensedCustomer("Gate Unlicensed Hospital " + SalesFixtures.RUN);
        JsonObject draft = json(ok(Http.postAs("SALES", O, JSON, orderBody(customer)), 201));
        JsonObject held = json(ok(Http.postAs("SALES", O + "/" + draft.getInt("id") + "/confirm", JSON,
                "{\"version\":" + draft.getInt("version") + "}"), 200));
        JsonObject hold = held.getJsonArray("holds").getJsonObject(0);
        assertThat(hold.getString("kind")).isEqualTo("LICENSE");
        assertThat(hold.getString("status")).isEqualTo("OPEN");
        assertThat(hold.getString("permission")).isEqualTo("compliance:release");
        assertThat(hold.getString("reason")).contains("no state pharmacy license").contains("360eee");
        JsonObject line = held.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("status")).isEqualTo("ON_HOLD");
        assertThat(new java.math.BigDecimal(line.getJsonNumber("allocatedQuantity").toString())).isZero();

        String release = O + "/" + held.getInt("id") + "/holds/" + hold.getInt("id") + "/release";
        String body = "{\"version\":" + held.getInt("version") + ",\"reason\":\"state license PH-123 verified on the board site\"}";
        assertProblem(Http.postAs("SALES", release, JSON, body), 403, "permission-denied", null);
        assertProblem(Http.postAs("FINANCE", release, JSON, body), 403, "permission-denied", null);
        JsonObject released = json(ok(Http.postAs("COMPLIANCE", release, JSON, body), 200));
        assertThat(released.getJsonArray("holds").getJsonObject(0).getString("status")).isEqualTo("RELEASED");
        assertThat(released.getJsonArray("holds").getJsonObject(0).getString("decidedBy")).isEqualTo("compliance");
        assertThat(released.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("ALLOCATED");
    }

    @Test
    void overSoapTheSameOrderIsAClientFaultLicenseHold() {
        long customer = SalesFixtures.unlicensedCustomer("Gate SOAP Unlicensed Clinic " + SalesFixtures.RUN);
        HttpResponse<String> r = OrderSoapIT.call("INTEGRATION", "<q:submitOrder><customerId>" + customer + "</customerId>"
                + "<warehouseCode>" + warehouse + "</warehouseCode><line><ndc>" + HEPARIN + "</ndc><quantity>2</quantity>"
                + "<unit>EA</unit></line></q:submitOrder>");
        assertCodedClientFault(r, "license-hold");
        assertThat(r.body()).contains("no state pharmacy license");
    }

    @Test
    void aLargeFirstOrderOfAScheduleIiProductIsHeldAsSuspiciousAndComplianceDecidesWithAReason() {
        String hydromorphone = QuotationRestIT.HYDROMORPHONE;
        JsonObject product = json(ok(Http.get("api/v1/products/" + hydromorphone), 200));
        assertThat(product.getString("deaSchedule")).isEqualTo("CII");
        String unit = product.getString("stockUnit");
        ok(Http.post("api/v1/sales/price-lists/" + priceList + "/items", JSON, "{\"ndc\":\"" + hydromorphone
                + "\",\"minQuantity\":\"1\",\"unitPrice\":\"4.10\"}"), 200);
        ok(Http.post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + hydromorphone + "\",\"warehouse\":\"" + warehouse
                + "\",\"location\":\"S-01\",\"lotNumber\":\"SOM" + SalesFixtures.RUN + "\",\"expiry\":\""
                + LocalDate.now().plusDays(500) + "\",\"quantity\":\"400\",\"unit\":\"" + unit
                + "\",\"unitCost\":\"2.00\",\"sourceDocument\":\"GR-SOM\"}"), 201);
        long customer = SalesFixtures.customer("SOM New Hospital " + SalesFixtures.RUN, priceList, null);
        JsonObject draft = json(ok(Http.postAs("SALES", O, JSON, "{\"customerId\":" + customer + ",\"warehouseCode\":\""
                + warehouse + "\",\"lines\":[{\"ndc\":\"" + hydromorphone + "\",\"quantity\":\"150\",\"unit\":\"" + unit
                + "\"}]}"), 201));
        JsonObject confirmed = json(ok(Http.postAs("SALES", O + "/" + draft.getInt("id") + "/confirm", JSON,
                "{\"version\":" + draft.getInt("version") + "}"), 200));
        // two holds on the line: no DEA Form 222 yet (21 CFR 1305.03), and the unusual first order (21 CFR 1301.74(b))
        JsonObject formHold = hold(confirmed, "DEA_ORDER_FORM");
        assertThat(formHold.getString("reason")).contains("schedule II").contains("DEA Form 222").contains("1305.03");
        assertThat(formHold.getString("permission")).isEqualTo("sales:order");
        assertThat(hold(confirmed, "SUSPICIOUS_ORDER").getString("status")).isEqualTo("OPEN");

        String form = O + "/" + confirmed.getInt("id") + "/dea-order-form";
        assertProblem(Http.sendAs("SALES", "PUT", form, JSON, "{\"version\":" + confirmed.getInt("version")
                + ",\"type\":\"FORM_222\",\"number\":\"12AB\"}"), 400, "invalid-dea-order-form", "deaOrderForm.number");
        String serial = Integer.toString(100_000_000 + SalesFixtures.RUN);
        JsonObject held = json(ok(Http.sendAs("SALES", "PUT", form, JSON, "{\"version\":" + confirmed.getInt("version")
                + ",\"type\":\"FORM_222\",\"number\":\"" + serial + "\"}"), 200));
        assertThat(held.getString("deaOrderFormNumber")).isEqualTo(serial);
        assertThat(hold(held, "DEA_ORDER_FORM").getString("status")).isEqualTo("RELEASED");
        JsonObject hold = hold(held, "SUSPICIOUS_ORDER");
        assertThat(hold.getString("status")).isEqualTo("OPEN");
        assertThat(hold.getString("reason")).contains("150 " + unit).contains("first-order cap of 100").contains("1301.74");
        assertThat(held.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("ON_HOLD");

        String release = O + "/" + held.getInt("id") + "/holds/" + hold.getInt("id") + "/release";
        String body = "{\"version\":" + held.getInt("version") + ",\"reason\":\"new hospital opening: volumes confirmed by its DEA registrant\"}";
        assertProblem(Http.postAs("SALES", release, JSON, body), 403, "permission-denied", null);
        assertProblem(Http.postAs("COMPLIANCE", release, JSON, "{\"version\":" + held.getInt("version") + ",\"reason\":\" \"}"),
                400, "invalid-hold-decision", "reason");
        JsonObject released = json(ok(Http.postAs("COMPLIANCE", release, JSON, body), 200));
        JsonObject decided = hold(released, "SUSPICIOUS_ORDER");
        assertThat(decided.getString("status")).isEqualTo("RELEASED");
        assertThat(decided.getString("decidedBy")).isEqualTo("compliance");
        assertThat(decided.getString("decisionReason")).startsWith("new hospital opening");
        assertThat(released.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("ALLOCATED");
    }

    /** The order's hold of that kind (there is one). */
    static JsonObject hold(JsonObject order, String kind) {
        return order.getJsonArray("holds").stream().map(v -> v.asJsonObject()).filter(h -> kind.equals(h.getString("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " hold in " + order.getJsonArray("holds")));
    }
}
