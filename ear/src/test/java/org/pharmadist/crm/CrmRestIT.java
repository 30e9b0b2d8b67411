package org.pharmadist.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;

/**
 * The CRM REST API on the deployed EAR: idempotent creates, duplicate warnings, problem+json naming the field,
 * optimistic locking, CSV import with rejects, search, lead conversion, pipeline totals, the 360 view and the demo
 * customers.
 */
class CrmRestIT {

    private static final String CUSTOMERS = "api/v1/crm/customers";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final int RUN = (int) (System.nanoTime() % 900_000);

    /** A tax id not used before in this run (and most likely not in earlier runs on the same database). */
    static String taxId() {
        return String.format("%02d-%07d", 40 + SEQ.incrementAndGet() % 50, (RUN * 10 + SEQ.get()) % 10_000_000);
    }

    static String customerJson(String name, String taxId, String deaNumber) {
        String licenses = deaNumber == null ? "[]"
                : "[{\"kind\":\"DEA\",\"number\":\"" + deaNumber + "\",\"schedules\":[\"CII\",\"CIV\"],\"expiresOn\":\""
                        + LocalDate.now(ZoneId.of("America/New_York")).plusDays(20) + "\"}]";
        return "{\"type\":\"RETAIL_PHARMACY\",\"legalName\":\"" + name + "\",\"taxId\":\"" + taxId + "\","
                + "\"billTo\":{\"line1\":\"10 Test St\",\"city\":\"Dayton\",\"state\":\"OH\",\"postalCode\":\"45402\"},"
                + "\"paymentTermsDays\":30,\"creditLimit\":12500.50,\"minShelfLifeDays\":180,\"licenses\":" + licenses
                + ",\"contacts\":[{\"name\":\"Pat Doe\",\"jobTitle\":\"Buyer\",\"email\":\"pat@test.example\"}]}";
    }

    static JsonObject create(String body) {
        HttpResponse<String> r = Http.post(CUSTOMERS, "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    static void assertProblem(HttpResponse<String> r, int status, String type, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r);
        assertThat(p.getString("type")).endsWith("/" + type);
        assertThat(p.getInt("status")).isEqualTo(status);
        if (field != null) {
            assertThat(p.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                    .as(r.body()).contains(field);
        }
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyCreatesExactlyOneCustomer() {
        String tax = taxId();
        String body = customerJson("Idempotent Pharmacy " + RUN, tax, null);
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = Http.post(CUSTOMERS, "application/json", body, "Idempotency-Key", key);
        HttpResponse<String> retry = Http.post(CUSTOMERS, "application/json", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(json(retry).getJsonObject("customer").getInt("id")).isEqualTo(json(first).getJsonObject("customer").getInt("id"));
        JsonObject found = json(Http.get(CUSTOMERS + "?taxId=" + tax));
        assertThat(found.getJsonObject("page").getInt("total")).isEqualTo(1);

        // Without a key a retry is a second request: it is created and warned about.
        HttpResponse<String> noKey = Http.post(CUSTOMERS, "application/json", body);
        assertThat(noKey.statusCode()).isEqualTo(201);
        assertThat(json(noKey).getJsonArray("warnings")).isNotEmpty();
    }

    @Test
    void sameNormalisedNameOrTaxIdAnswersAWarningNamingTheExistingCustomer() {
        String name = "Warning Test Drug " + RUN;
        JsonObject first = create(customerJson(name + " Co.", taxId(), null));
        assertThat(first.getJsonArray("warnings")).isEmpty();
        long firstId = first.getJsonObject("customer").getJsonNumber("id").longValue();
        JsonObject second = create(customerJson(name.toUpperCase() + ", INC.", taxId(), null));
        JsonArray warnings = second.getJsonArray("warnings");
        assertThat(warnings).hasSize(1);
        JsonObject w = warnings.getJsonObject(0);
        assertThat(w.getString("code")).isEqualTo("same-name");
        assertThat(w.getJsonNumber("existingCustomerId").longValue()).isEqualTo(firstId);
        assertThat(w.getString("message")).contains(name + " Co.");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        assertProblem(Http.post(CUSTOMERS, "application/json", customerJson("Bad Dea Pharmacy", taxId(), "AB1234564")),
                400, "invalid-customer", "licenses[0].number");
        assertProblem(Http.post(CUSTOMERS, "application/json", customerJson("Bad Tax Pharmacy", "12-34", null)),
                400, "invalid-customer", "taxId");
        assertProblem(Http.post(CUSTOMERS, "application/json", "{\"legalName\":"), 400, "unreadable-request", null);
        assertProblem(Http.get(CUSTOMERS + "/abc"), 400, "invalid-id", "id");
        assertProblem(Http.get(CUSTOMERS + "/999999999"), 404, "customer-not-found", null);
        assertProblem(Http.get(CUSTOMERS + "?type=SHOP"), 400, "invalid-search", "type");
        assertProblem(Http.get("api/v1/crm/opportunities?stage=SOMEDAY"), 400, "invalid-search", "stage");
        assertProblem(Http.post("api/v1/crm/activities", "application/json", "{\"kind\":\"TASK\",\"subject\":\"x\"}"), 400,
                "invalid-activity", "dueOn");
    }

    @Test
    void staleVersionIs409ChangedByAnotherUser() {
        JsonObject c = create(customerJson("Version Pharmacy " + RUN, taxId(), null)).getJsonObject("customer");
        long id = c.getJsonNumber("id").longValue();
        String change = customerJson("Version Pharmacy " + RUN, c.getString("taxId"), null)
                .replace("\"creditLimit\":12500.50", "\"creditLimit\":20000,\"version\":" + c.getInt("version"));
        HttpResponse<String> ok = Http.sendAs("FINANCE", "PUT", CUSTOMERS + "/" + id, "application/json", change);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).getJsonObject("customer").getJsonNumber("creditLimit").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("20000.00"));
        HttpResponse<String> stale = Http.sendAs("SALES", "PUT", CUSTOMERS + "/" + id, "application/json", change);
        assertProblem(stale, 409, "changed-by-another-user", null);
        assertThat(json(stale).getString("detail")).contains("finance");
        HttpResponse<String> history = Http.getAs("SALES", CUSTOMERS + "/" + id + "/history");
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("creditLimit").contains("finance");
    }

    @Test
    void csvImportReportsRejectedRowsAndIsIdempotentByTaxId() {
        String good = taxId();
        String csv = "type,legalName,taxId,billToLine1,billToCity,billToState,billToPostalCode,deaNumber,deaSchedules,deaExpiry\n"
                + "CLINIC,Csv Clinic " + RUN + "," + good + ",1 A St,Erie,PA,16501,FA1234563,CIII CIV,2028-01-31\n"
                + "CLINIC,Csv Bad Dea " + RUN + "," + taxId() + ",1 A St,Erie,PA,16501,FA1234564,CIII,2028-01-31\n";
        HttpResponse<String> r = Http.post(CUSTOMERS + "/imports", "text/csv", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject report = json(r);
        assertThat(report.getInt("created")).isEqualTo(1);
        JsonObject rejected = report.getJsonArray("rejected").getJsonObject(0);
        assertThat(rejected.getInt("line")).isEqualTo(3);
        assertThat(rejected.getString("field")).isEqualTo("deaNumber");
        assertThat(rejected.getString("reason")).contains("check digit");
        JsonObject again = json(Http.post(CUSTOMERS + "/imports", "text/csv", csv));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("alreadyPresent")).isEqualTo(1);
        assertThat(json(Http.get(CUSTOMERS + "?taxId=" + good)).getJsonObject("page").getInt("total")).isEqualTo(1);
        assertProblem(Http.post(CUSTOMERS + "/imports", "text/csv", "name,vat\nx,y\n"), 400, "invalid-csv", "body");
    }

    @Test
    void searchByNamePrefixAndTypeFindsTheDemoCustomers() {
        JsonObject page = json(Http.getAs("WAREHOUSE", CUSTOMERS + "?q=mercy%20valley&type=HOSPITAL"));
        List<JsonObject> items = page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).extracting(i -> i.getString("legalName")).contains("Mercy Valley Regional Hospital")
                .allSatisfy(n -> assertThat(n.toLowerCase()).startsWith("mercy valley"));
        assertThat(items).allSatisfy(i -> assertThat(i.getString("type")).isEqualTo("HOSPITAL"));
        assertThat(json(Http.getAs("WAREHOUSE", CUSTOMERS + "?q=mercy%20valley&type=CLINIC")).getJsonArray("items")).isEmpty();
        long demo = json(Http.get(CUSTOMERS + "?limit=1")).getJsonObject("page").getJsonNumber("total").longValue();
        assertThat(demo).isGreaterThanOrEqualTo(40);
        JsonObject fields = json(Http.get(CUSTOMERS + "?limit=2&fields=id,legalName"));
        assertThat(fields.getJsonArray("items").getJsonObject(0).keySet()).containsExactlyInAnyOrder("id", "legalName");
        assertThat(fields.getJsonObject("page").getString("nextCursor")).isNotBlank();
        // WAREHOUSE may view but not edit
        HttpResponse<String> refused = Http.postAs("WAREHOUSE", CUSTOMERS, "application/json", customerJson("X", taxId(), null));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void customer360ShowsLicensesWithDaysToExpiryContactsOpportunitiesActivitiesAndHonestPlaceholders() {
        JsonObject c = create(customerJson("Three Sixty Pharmacy " + RUN, taxId(), "BT1234563")).getJsonObject("customer");
        long id = c.getJsonNumber("id").longValue();
        HttpResponse<String> opp = Http.postAs("SALES", "api/v1/crm/opportunities", "application/json",
                "{\"title\":\"Starter order\",\"customerId\":" + id + ",\"stage\":\"NEGOTIATION\",\"amount\":1000.01}");
        assertThat(opp.statusCode()).as(opp.body()).isEqualTo(201);
        assertThat(json(opp).getInt("probability")).isEqualTo(75);
        assertThat(json(opp).getJsonNumber("expectedValue").bigDecimalValue()).isEqualTo(new BigDecimal("750.01"));
        HttpResponse<String> act = Http.postAs("SALES", "api/v1/crm/activities", "application/json",
                "{\"kind\":\"CALL\",\"subject\":\"Welcome call\",\"customerId\":" + id + "}");
        assertThat(act.statusCode()).as(act.body()).isEqualTo(201);

        HttpResponse<String> r = Http.getAs("SALES", CUSTOMERS + "/" + id + "/360");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject v = json(r);
        JsonObject license = v.getJsonArray("licenses").getJsonObject(0);
        assertThat(license.getString("kind")).isEqualTo("DEA");
        assertThat(license.getInt("daysToExpiry")).isEqualTo(20);
        assertThat(license.getString("status")).isEqualTo("EXPIRING");
        assertThat(v.getJsonArray("contacts").getJsonObject(0).getString("name")).isEqualTo("Pat Doe");
        assertThat(v.getJsonArray("openOpportunities").getJsonObject(0).getString("title")).isEqualTo("Starter order");
        assertThat(v.getJsonArray("activities").getJsonObject(0).getString("subject")).isEqualTo("Welcome call");
        List<JsonObject> sections = v.getJsonArray("sections").stream().map(JsonValue::asJsonObject).toList();
        assertThat(sections).extracting(s -> s.getString("name")).containsExactly("orders", "quotations", "invoices", "balance");
        assertThat(sections.get(0).getString("note")).startsWith("No orders yet");
    }

    @Test
    void leadConvertsIntoACustomerWithAnOpportunityAndThePipelineTotalsIncludeIt() {
        HttpResponse<String> lead = Http.postAs("SALES", "api/v1/crm/leads", "application/json",
                "{\"companyName\":\"Lead Clinic " + RUN + "\",\"type\":\"CLINIC\",\"contactName\":\"Lee Park\"}");
        assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
        long leadId = json(lead).getJsonNumber("id").longValue();
        String conversion = "{\"customer\":{\"taxId\":\"" + taxId() + "\",\"billTo\":{\"line1\":\"5 Oak St\",\"city\":\"Akron\","
                + "\"state\":\"OH\",\"postalCode\":\"44308\"}},\"opportunity\":{\"title\":\"First order\",\"stage\":\"PROPOSAL\","
                + "\"amount\":2000}}";
        HttpResponse<String> converted = Http.postAs("SALES", "api/v1/crm/leads/" + leadId + "/conversion",
                "application/json", conversion);
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(201);
        JsonObject result = json(converted);
        assertThat(result.getJsonObject("lead").getString("status")).isEqualTo("CONVERTED");
        assertThat(result.getJsonObject("customer").getString("legalName")).isEqualTo("Lead Clinic " + RUN);
        assertThat(result.getJsonObject("opportunity").getJsonNumber("expectedValue").bigDecimalValue())
                .isEqualTo(new BigDecimal("1000.00"));
        assertProblem(Http.postAs("SALES", "api/v1/crm/leads/" + leadId + "/conversion", "application/json", conversion),
                409, "lead-not-open", null);
        HttpResponse<String> totals = Http.getAs("SALES", "api/v1/crm/pipeline");
        assertThat(totals.statusCode()).isEqualTo(200);
        JsonArray stages = jakarta.json.Json.createReader(new java.io.StringReader(totals.body())).readArray();
        JsonObject proposal = stages.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("stage").equals("PROPOSAL"))
                .findFirst().orElseThrow();
        assertThat(proposal.getInt("opportunities")).isPositive();
        assertThat(proposal.getJsonNumber("expectedValue").bigDecimalValue()).isGreaterThanOrEqualTo(new BigDecimal("1000.00"));
    }
}
