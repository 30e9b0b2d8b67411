package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.sales.SalesFixtures.HEPARIN;
import static org.pharmadist.sales.SalesFixtures.HEPARIN_NDC11;
import static org.pharmadist.sales.SalesFixtures.ok;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * Pricing and quotations over REST on the deployed EAR: the money example, price sources and precedence, frozen
 * prices after send, transitions (409/422), field-named 400s, optimistic locking, Idempotency-Key, the list with
 * filters and keyset paging, and the demo quotations.
 */
class QuotationRestIT {

    private static final String Q = "api/v1/sales/quotations";

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

    static BigDecimal dec(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    @Test
    void theMoneyExampleIsPricedSentFrozenAndAccepted() {
        String list = SalesFixtures.priceList();
        long customer = SalesFixtures.customer("Money Example Hospital " + SalesFixtures.RUN, list, null);
        JsonObject q = SalesFixtures.exampleQuotation(customer);
        assertThat(q.getString("status")).isEqualTo("DRAFT");
        assertThat(dec(q, "netTotal")).isEqualByComparingTo("5350.66");
        assertThat(dec(q, "taxTotal")).isEqualByComparingTo("1177.15");
        assertThat(dec(q, "grandTotal")).isEqualByComparingTo("6527.81");
        JsonObject line = q.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("ndc11")).isEqualTo(HEPARIN_NDC11);
        assertThat(line.getString("priceSource")).isEqualTo("price list " + list);
        assertThat(dec(line, "unitPrice")).isEqualByComparingTo("348.35");
        assertThat(line.getInt("minShelfLifeDays")).isEqualTo(120);
        assertThat(line.containsKey("availableToPromise")).as("ATP for the customer's shelf-life need: " + line).isTrue();
        long id = q.getJsonNumber("id").longValue();

        JsonObject sent = json(ok(Http.post(Q + "/" + id + "/send", "application/json", "{\"version\":" + q.getInt("version") + "}"), 200));
        assertThat(sent.getString("status")).isEqualTo("SENT");

        // A price change after sending leaves the sent quotation as it was.
        ok(Http.post("api/v1/sales/price-lists/" + list + "/items", "application/json",
                "{\"ndc\":\"" + HEPARIN + "\",\"unitPrice\":\"399.99\"}"), 200);
        JsonObject reread = json(ok(Http.get(Q + "/" + id), 200));
        assertThat(dec(reread.getJsonArray("lines").getJsonObject(0), "unitPrice")).isEqualByComparingTo("348.35");
        assertThat(dec(reread, "grandTotal")).isEqualByComparingTo("6527.81");

        assertProblem(Http.post(Q + "/" + id + "/lines", "application/json", "{\"version\":" + reread.getInt("version")
                + ",\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"1\"}"), 409, "quotation-not-draft", null);
        JsonObject accepted = json(ok(Http.post(Q + "/" + id + "/accept", "application/json",
                "{\"version\":" + reread.getInt("version") + "}"), 200));
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertProblem(Http.post(Q + "/" + id + "/reject", "application/json", "{\"version\":" + accepted.getInt("version") + "}"),
                409, "invalid-status-transition", null);
    }

    @Test
    void priceLookupAnswersPriceAndSourceWithContractPrecedenceAndRefusesWithoutAPrice() {
        String list = SalesFixtures.priceList();
        String gpo = SalesFixtures.unique("GPO");
        long member = SalesFixtures.customer("GPO Member Clinic " + SalesFixtures.RUN, list, gpo);
        long plain = SalesFixtures.customer("Plain Clinic " + SalesFixtures.RUN, list, null);
        String contract = SalesFixtures.unique("C");
        int year = LocalDate.now().getYear();
        ok(Http.post("api/v1/sales/contracts", "application/json", "{\"code\":\"" + contract + "\",\"name\":\"IT contract\","
                + "\"gpo\":\"" + gpo + "\",\"validFrom\":\"" + (year - 1) + "-01-01\",\"validTo\":\"" + (year + 1) + "-12-31\"}"), 201);
        ok(Http.post("api/v1/sales/contracts/" + contract + "/prices", "application/json",
                "{\"ndc\":\"" + HEPARIN + "\",\"unitPrice\":\"301.5\"}"), 200);

        JsonObject c = json(ok(Http.get("api/v1/sales/prices?customer=" + member + "&ndc=" + HEPARIN + "&quantity=5&unit=EA"), 200));
        assertThat(dec(c, "unitPrice")).isEqualByComparingTo("301.50");
        assertThat(c.getString("source")).isEqualTo("GPO contract " + contract + " (valid to " + (year + 1) + "-12-31)");

        JsonObject p = json(ok(Http.get("api/v1/sales/prices?customer=" + plain + "&ndc=" + HEPARIN + "&quantity=100"), 200));
        assertThat(dec(p, "unitPrice")).isEqualByComparingTo("340.00");
        assertThat(p.getString("source")).isEqualTo("price list " + list + " break >= 100");

        HttpResponse<String> none = Http.get("api/v1/sales/prices?customer=" + plain + "&ndc=0409-1749-10");
        assertProblem(none, 422, "no-price", null);
        assertThat(json(none).getString("detail")).contains("00409174910");

        assertProblem(Http.get("api/v1/sales/prices?customer=999999999&ndc=" + HEPARIN), 404, "customer-not-found", null);
        assertProblem(Http.get("api/v1/sales/prices?customer=" + plain + "&ndc=" + HEPARIN + "&quantity=abc"), 400,
                "invalid-price-query", "quantity");
    }

    /** Hydromorphone HCl injection 10 mg/mL (Fresenius Kabi), from the FDA shortage file; CII from its substance. */
    static final String HYDROMORPHONE = "63323-851-15";

    @Test
    void theLicenseGateRefusesPrescriptionAndScheduledLinesNamingTheRuleAndSavesNothing() {
        String list = SalesFixtures.priceList();
        JsonObject product = json(ok(Http.get("api/v1/products/" + HYDROMORPHONE), 200));
        assertThat(product.getString("deaSchedule")).as("schedule derived from the active substance by the catalog import")
                .isEqualTo("CII");
        ok(Http.post("api/v1/sales/price-lists/" + list + "/items", "application/json",
                "{\"ndc\":\"" + HYDROMORPHONE + "\",\"minQuantity\":\"1\",\"unitPrice\":\"12.40\"}"), 200);

        long unlicensed = SalesFixtures.unlicensedCustomer("Unlicensed Clinic " + SalesFixtures.RUN);
        HttpResponse<String> r = Http.post(Q, "application/json", "{\"customerId\":" + unlicensed + ",\"lines\":[{\"ndc\":\""
                + HEPARIN + "\",\"quantity\":\"1\"}]}");
        assertProblem(r, 422, "state-license-missing", "lines[0].ndc");
        assertThat(json(r).getString("detail")).contains("Unlicensed Clinic").contains("prescription").contains("360eee");
        assertThat(json(ok(Http.get(Q + "?customer=" + unlicensed), 200)).getJsonArray("items")).as("nothing saved").isEmpty();

        // a pharmacy licensed in Ohio whose DEA registration covers CIII-CV: heparin yes, hydromorphone (CII) no
        String tax = String.format("%02d-%07d", 91, SalesFixtures.RUN % 10_000_000);
        long partial = json(ok(Http.post("api/v1/crm/customers", "application/json", "{\"type\":\"RETAIL_PHARMACY\","
                + "\"legalName\":\"Schedule Three Pharmacy " + SalesFixtures.RUN + "\",\"taxId\":\"" + tax + "\","
                + "\"billTo\":{\"line1\":\"3 Test Way\",\"city\":\"Dayton\",\"state\":\"OH\",\"postalCode\":\"45402\"},"
                + "\"priceList\":\"" + list + "\",\"licenses\":[{\"kind\":\"STATE_PHARMACY\",\"number\":\"OH-77\",\"state\":\"OH\","
                + "\"expiresOn\":\"" + LocalDate.now().plusYears(1) + "\"},{\"kind\":\"DEA\",\"number\":\"BJ6131849\","
                + "\"schedules\":[\"CIII\",\"CIV\",\"CV\"],\"expiresOn\":\"" + LocalDate.now().plusYears(1) + "\"}]}"), 201))
                .getJsonObject("customer").getJsonNumber("id").longValue();
        JsonObject q = json(ok(Http.post(Q, "application/json", "{\"customerId\":" + partial + ",\"lines\":[{\"ndc\":\""
                + HEPARIN + "\",\"quantity\":\"1\"}]}"), 201));
        long id = q.getJsonNumber("id").longValue();
        long version = q.getJsonNumber("version").longValue();
        HttpResponse<String> cii = Http.post(Q + "/" + id + "/lines", "application/json", "{\"version\":" + version
                + ",\"ndc\":\"" + HYDROMORPHONE + "\",\"quantity\":\"1\"}");
        assertProblem(cii, 422, "dea-schedule-not-covered", null);
        assertThat(json(cii).getString("detail")).contains("BJ6131849").contains("not CII").contains("21 CFR 1301.74");

        long licensed = SalesFixtures.customer("Fully Licensed Hospital " + SalesFixtures.RUN, list, null);
        ok(Http.post(Q, "application/json", "{\"customerId\":" + licensed + ",\"lines\":[{\"ndc\":\"" + HYDROMORPHONE
                + "\",\"quantity\":\"1\"}]}"), 201);
    }

    @Test
    void badInputIsA400NamingTheLineFieldAndNothingIsSaved() {
        String list = SalesFixtures.priceList();
        long customer = SalesFixtures.customer("Bad Input Pharmacy " + SalesFixtures.RUN, list, null);
        HttpResponse<String> r = Http.post(Q, "application/json", "{\"customerId\":" + customer + ",\"lines\":[{\"ndc\":\""
                + HEPARIN + "\",\"quantity\":\"abc\"},{\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"1\",\"discountPercent\":\"120\"}]}");
        assertProblem(r, 400, "invalid-quotation", "lines[0].quantity");
        assertThat(json(r).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .contains("lines[1].discountPercent");
        JsonObject page = json(ok(Http.get(Q + "?customer=" + customer), 200));
        assertThat(page.getJsonArray("items")).isEmpty();

        assertProblem(Http.post(Q, "application/json", "{\"customerId\":" + customer + ",\"lines\":[{\"ndc\":\"0409-1749-10\","
                + "\"quantity\":\"1\"}]}"), 422, "no-price", "lines[0].ndc");
    }

    @Test
    void aStaleVersionIs409AndARetriedPostWithTheSameIdempotencyKeyCreatesOneQuotation() {
        String list = SalesFixtures.priceList();
        long customer = SalesFixtures.customer("Concurrency Hospital " + SalesFixtures.RUN, list, null);
        String body = "{\"customerId\":" + customer + ",\"lines\":[{\"ndc\":\"" + HEPARIN + "\",\"quantity\":2}]}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = ok(Http.post(Q, "application/json", body, "Idempotency-Key", key), 201);
        HttpResponse<String> retry = ok(Http.post(Q, "application/json", body, "Idempotency-Key", key), 201);
        assertThat(json(retry).getInt("id")).isEqualTo(json(first).getInt("id"));
        assertThat(json(ok(Http.get(Q + "?customer=" + customer), 200)).getJsonObject("page").getInt("total")).isEqualTo(1);

        JsonObject q = json(first);
        long id = q.getJsonNumber("id").longValue();
        int version = q.getInt("version");
        JsonObject changed = json(ok(Http.post(Q + "/" + id + "/lines", "application/json", "{\"version\":" + version
                + ",\"ndc\":\"" + HEPARIN + "\",\"quantity\":\"3\",\"taxRatePercent\":\"10\"}"), 200));
        assertThat(changed.getInt("lineCount")).isEqualTo(2);
        assertProblem(Http.post(Q + "/" + id + "/send", "application/json", "{\"version\":" + version + "}"), 409,
                "changed-by-another-user", null);
        long lineId = changed.getJsonArray("lines").getJsonObject(1).getJsonNumber("id").longValue();
        JsonObject edited = json(ok(Http.sendAs("ADMIN", "PUT", Q + "/" + id + "/lines/" + lineId, "application/json",
                "{\"version\":" + changed.getInt("version") + ",\"quantity\":\"4\",\"taxRatePercent\":\"10\"}"), 200));
        // 2 x 348.35 = 696.70; 4 x 348.35 = 1393.40 + 10 % tax 139.34
        assertThat(dec(edited, "netTotal")).isEqualByComparingTo("2090.10");
        assertThat(dec(edited, "grandTotal")).isEqualByComparingTo("2229.44");
    }

    @Test
    void theListFiltersAndPagesWithTotalsAndLineCountsFromTheHeader() {
        String list = SalesFixtures.priceList();
        long customer = SalesFixtures.customer("List Hospital " + SalesFixtures.RUN, list, null);
        for (int i = 0; i < 3; i++) {
            SalesFixtures.exampleQuotation(customer);
        }
        Set<Integer> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonObject page = json(ok(Http.get(Q + "?customer=" + customer + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor)), 200));
            for (var v : page.getJsonArray("items")) {
                JsonObject item = v.asJsonObject();
                assertThat(seen.add(item.getInt("id"))).isTrue();
                assertThat(item.getString("customerName")).isEqualTo("List Hospital " + SalesFixtures.RUN);
                assertThat(item.getInt("lineCount")).isEqualTo(1);
                assertThat(dec(item, "grandTotal")).isEqualByComparingTo("6527.81");
                assertThat(item.getString("status")).isEqualTo("DRAFT");
            }
            JsonObject info = page.getJsonObject("page");
            cursor = !info.containsKey("nextCursor") || info.isNull("nextCursor") ? null : info.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(3);
        assertThat(json(ok(Http.get(Q + "?customer=" + customer + "&status=SENT"), 200)).getJsonArray("items")).isEmpty();
        assertProblem(Http.get(Q + "?status=LOST"), 400, "invalid-quotation-search", "status");
    }

    @Test
    void demoDataHasAboutThirtyQuotationsInMixedStatusesAndPriceLists() {
        JsonObject all = json(ok(Http.get(Q + "?limit=500&fields=status,lineCount,grandTotal"), 200));
        Set<String> statuses = new HashSet<>();
        all.getJsonArray("items").forEach(v -> statuses.add(v.asJsonObject().getString("status")));
        assertThat(all.getJsonObject("page").getInt("total")).isGreaterThanOrEqualTo(30);
        assertThat(statuses).contains("DRAFT", "SENT", "ACCEPTED", "REJECTED", "EXPIRED");
        assertThat(Http.get("api/v1/sales/price-lists").body()).contains("WHOLESALE");
        assertThat(json(ok(Http.get("api/v1/sales/contracts/VIZ-" + LocalDate.now().getYear()), 200)).getString("gpo")).isEqualTo("Vizient");
    }
}
