package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.pharmadist.platform.testserver.Http;

/**
 * Test data for the sales system tests, made over REST: a price list of its own with heparin 0338-0424-18 at 348.35
 * per EA (the money example), and customers assigned to it (one in a GPO with a contract).
 */
final class SalesFixtures {

    static final String HEPARIN = "0338-0424-18";
    static final String HEPARIN_NDC11 = "00338042418";
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final int RUN = (int) (System.nanoTime() % 900_000);

    private SalesFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    /** A new price list with heparin at 348.35 per EA and a break from 100 EA at 340.00; answers its code. */
    static String priceList() {
        String code = unique("IT");
        ok(Http.post("api/v1/sales/price-lists", "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"System test list\",\"basis\":\"fixed\"}"), 201);
        ok(Http.post("api/v1/sales/price-lists/" + code + "/items", "application/json",
                "{\"ndc\":\"" + HEPARIN + "\",\"minQuantity\":\"1\",\"unitPrice\":\"348.35\"}"), 200);
        ok(Http.post("api/v1/sales/price-lists/" + code + "/items", "application/json",
                "{\"ndc\":\"" + HEPARIN + "\",\"minQuantity\":100,\"unitPrice\":340.00}"), 200);
        return code;
    }

    /** A new customer on {@code priceList}, in {@code gpo} (or none), minimum shelf life 120 days; answers its id. */
    static long customer(String name, String priceList, String gpo) {
        return customer(name, priceList, gpo, "50000.00");
    }

    /** As {@link #customer(String, String, String)} with the given credit limit (company currency, 2 decimals). */
    static long customer(String name, String priceList, String gpo, String creditLimit) {
        String tax = String.format("%02d-%07d", 10 + SEQ.incrementAndGet() % 80, (RUN * 10 + SEQ.get()) % 10_000_000);
        String body = "{\"type\":\"HOSPITAL\",\"legalName\":\"" + name + "\",\"taxId\":\"" + tax + "\","
                + "\"billTo\":{\"line1\":\"1 Test Way\",\"city\":\"Dayton\",\"state\":\"OH\",\"postalCode\":\"45402\"},"
                + "\"paymentTermsDays\":30,\"creditLimit\":" + creditLimit + ",\"minShelfLifeDays\":120,\"priceList\":\"" + priceList + "\""
                + (gpo == null ? "" : ",\"gpoMembership\":\"" + gpo + "\"")
                // licensed for everything (Ohio pharmacy license, DEA CII-CV) so the license gate lets sales through;
                // unlicensedCustomer() is for the gate's own tests
                + ",\"licenses\":[{\"kind\":\"STATE_PHARMACY\",\"number\":\"OH-PH-" + tax.replace("-", "") + "\",\"state\":\"OH\","
                + "\"expiresOn\":\"" + java.time.LocalDate.now().plusYears(2) + "\"},{\"kind\":\"DEA\",\"number\":\"AB1234563\","
                + "\"schedules\":[\"CII\",\"CIII\",\"CIV\",\"CV\"],\"expiresOn\":\"" + java.time.LocalDate.now().plusYears(2) + "\"}]}";
        HttpResponse<String> r = Http.post("api/v1/crm/customers", "application/json", body);
        ok(r, 201);
        return Http.json(r).getJsonObject("customer").getJsonNumber("id").longValue();
    }

    /** A hospital customer with no license on file: prescription lines to it are refused by the license gate. */
    static long unlicensedCustomer(String name) {
        String tax = String.format("%02d-%07d", 10 + SEQ.incrementAndGet() % 80, (RUN * 10 + SEQ.get()) % 10_000_000);
        String body = "{\"type\":\"HOSPITAL\",\"legalName\":\"" + name + "\",\"taxId\":\"" + tax + "\","
                + "\"billTo\":{\"line1\":\"2 Test Way\",\"city\":\"Dayton\",\"state\":\"OH\",\"postalCode\":\"45402\"},"
                + "\"paymentTermsDays\":30,\"creditLimit\":50000.00,\"priceList\":\"" + priceList() + "\"}";
        HttpResponse<String> r = Http.post("api/v1/crm/customers", "application/json", body);
        ok(r, 201);
        return Http.json(r).getJsonObject("customer").getJsonNumber("id").longValue();
    }

    /** A quotation with the money example line (16 EA x 348.35, 4 %, 22 %); answers the created quotation. */
    static JsonObject exampleQuotation(long customerId) {
        HttpResponse<String> r = Http.post("api/v1/sales/quotations", "application/json", "{\"customerId\":" + customerId
                + ",\"lines\":[{\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"16\",\"unit\":\"EA\",\"discountPercent\":\"4\","
                + "\"taxRatePercent\":\"22\"}]}");
        ok(r, 201);
        return Http.json(r);
    }

    static HttpResponse<String> ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r;
    }

    /**
     * A warehouse of its own (so allocations of these tests never meet other tests' stock) with a room-temperature
     * STORAGE bin "S-01" and a QUARANTINE bin "Q-01"; answers its code.
     */
    static String warehouse() {
        String code = ("SO" + RUN + SEQ.incrementAndGet());
        code = code.length() > 12 ? code.substring(0, 12) : code;
        ok(Http.post("api/v1/inventory/warehouses", "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"Sales order test DC\",\"timeZone\":\"America/New_York\"}"), 201);
        for (String[] l : new String[][] {{"S-01", "STORAGE"}, {"Q-01", "QUARANTINE"}}) {
            ok(Http.post("api/v1/inventory/warehouses/" + code + "/locations", "application/json", "{\"code\":\"" + l[0]
                    + "\",\"storageCondition\":\"ROOM_TEMPERATURE\",\"type\":\"" + l[1] + "\"}"), 201);
        }
        return code;
    }

    /** Receives heparin into bin S-01 of the warehouse: lot, expiry (yyyy-MM-dd), quantity in EA. */
    static void receiveHeparin(String warehouse, String lot, java.time.LocalDate expiry, int quantity) {
        ok(Http.post("api/v1/inventory/receipts", "application/json", "{\"ndc\":\"" + HEPARIN + "\",\"warehouse\":\""
                + warehouse + "\",\"location\":\"S-01\",\"lotNumber\":\"" + lot + "\",\"expiry\":\"" + expiry
                + "\",\"quantity\":" + quantity + ",\"unit\":\"EA\",\"unitCost\":\"6.40\",\"sourceDocument\":\"GR-IT\"}"), 201);
    }
}
