package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * Product maintenance over real HTTP against the deployed EAR: PUT with If-Match or a body version, ETag on GET and
 * PUT, 409 changed-by-another-user for a stale version (nothing overwritten), 428 without a version, 400 naming
 * each wrong field, 403 without catalog:edit, POST creating a product (201, Location, 409 for an existing NDC), and
 * the demo stock-keeping data loaded with the catalog.
 */
class ProductMaintenanceRestIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String EDITED = "63323-488-17";   // lidocaine, used by no other test
    private static final String RACED = "0409-9094-22";    // fentanyl, used by no other test
    private static final String INVALID = "0409-1891-23";  // morphine, used by no other test

    @Test
    void getAnswersTheVersionAsETagAndPutWithIfMatchSavesEveryFieldAndAnswersTheNewETag() {
        HttpResponse<String> got = Http.get("api/v1/products/" + EDITED);
        assertThat(got.statusCode()).isEqualTo(200);
        JsonObject before = Http.json(got);
        long version = before.getJsonNumber("version").longValue();
        assertThat(got.headers().firstValue("ETag")).contains("\"" + version + "\"");
        assertThat(before.getString("storageCondition")).isEqualTo("ROOM_TEMPERATURE");
        assertThat(before.getString("stockUnit")).isEqualTo("EA");
        assertThat(before.getJsonArray("units")).isEmpty();

        JsonObject body = maintainable("REFRIGERATED", 730).add("therapeuticCategory", "Anesthesia, local")
                .add("serialised", true).add("status", "DISCONTINUED").add("purchaseUnit", "CA").add("salesUnit", "BX")
                .add("units", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("unit", "BX").add("stockUnitsPerUnit", 25))
                        .add(Json.createObjectBuilder().add("unit", "CA").add("stockUnitsPerUnit", 250)))
                .build();
        HttpResponse<String> put = send("MANAGER", "PUT", "api/v1/products/" + EDITED, body.toString(),
                "If-Match", "\"" + version + "\"");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonObject saved = Http.json(put);
        long newVersion = saved.getJsonNumber("version").longValue();
        assertThat(newVersion).isGreaterThan(version);
        assertThat(put.headers().firstValue("ETag")).contains("\"" + newVersion + "\"");
        assertThat(saved.getString("storageCondition")).isEqualTo("REFRIGERATED");
        assertThat(saved.getInt("shelfLifeDays")).isEqualTo(730);
        assertThat(saved.getBoolean("serialised")).isTrue();
        assertThat(saved.getString("status")).isEqualTo("DISCONTINUED");
        assertThat(saved.getString("purchaseUnit")).isEqualTo("CA");
        assertThat(saved.getString("salesUnit")).isEqualTo("BX");
        assertThat(saved.getString("maintainedBy")).isEqualTo("manager");
        JsonArray units = saved.getJsonArray("units");
        assertThat(units).hasSize(2);
        assertThat(units.getJsonObject(1).getString("unit")).isEqualTo("CA");
        assertThat(units.getJsonObject(1).getJsonNumber("stockUnitsPerUnit").bigDecimalValue()).isEqualByComparingTo("250");
        // The name is untouched (a reference field), and the list shows the new storage condition and status.
        assertThat(saved.getString("name")).isEqualTo(before.getString("name"));
        JsonObject listed = Http.json(Http.get("api/v1/products?q=63323-488-17&fields=ndc11,storageCondition,status,stockUnit"))
                .getJsonArray("items").getJsonObject(0);
        assertThat(listed.getString("storageCondition")).isEqualTo("REFRIGERATED");
        assertThat(listed.getString("status")).isEqualTo("DISCONTINUED");
        assertThat(listed.getString("stockUnit")).isEqualTo("EA");

        // The audit trail names the user and the change.
        JsonArray history = wrap(Http.get("api/v1/products/" + EDITED + "/history")).getJsonArray("h");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertThat(last.getString("changedBy")).isEqualTo("manager");
        assertThat(last.getJsonArray("changes").toString()).contains("storageCondition").contains("REFRIGERATED");

        // The version may also travel in the body.
        HttpResponse<String> again = send("ADMIN", "PUT", "api/v1/products/" + EDITED,
                withVersion(body, newVersion).toString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    }

    @Test
    void staleVersionIs409ChangedByAnotherUserAndTheFirstSaveStays() {
        long opened = Http.json(Http.get("api/v1/products/" + RACED)).getJsonNumber("version").longValue();
        HttpResponse<String> first = send("ADMIN", "PUT", "api/v1/products/" + RACED,
                withVersion(maintainable("FROZEN", 100).build(), opened).toString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> second = send("PROCUREMENT", "PUT", "api/v1/products/" + RACED,
                maintainable("REFRIGERATED", 200).build().toString(), "If-Match", "\"" + opened + "\"");
        assertProblem(second, 409, "changed-by-another-user");
        assertThat(Http.json(second).getString("detail")).contains("changed by another user (admin at ");

        JsonObject stored = Http.json(Http.get("api/v1/products/" + RACED));
        assertThat(stored.getString("storageCondition")).isEqualTo("FROZEN");
        assertThat(stored.getInt("shelfLifeDays")).isEqualTo(100);
        assertThat(stored.getString("maintainedBy")).isEqualTo("admin");
    }

    @Test
    void missingVersionIs428AndInvalidValuesAre400NamingEachField() {
        HttpResponse<String> noVersion = send("ADMIN", "PUT", "api/v1/products/" + INVALID,
                maintainable("FROZEN", 10).build().toString());
        assertProblem(noVersion, 428, "precondition-required");
        assertThat(fields(noVersion)).containsKey("version");

        long version = Http.json(Http.get("api/v1/products/" + INVALID)).getJsonNumber("version").longValue();
        JsonObject wrong = withVersion(maintainable("WARM", 0).add("purchaseUnit", "BX")
                .add("units", Json.createArrayBuilder().add(Json.createObjectBuilder().add("unit", "XX").add("stockUnitsPerUnit", -1)))
                .build(), version);
        HttpResponse<String> invalid = send("ADMIN", "PUT", "api/v1/products/" + INVALID, wrong.toString());
        assertProblem(invalid, 400, "invalid-product");
        assertThat(fields(invalid)).containsOnlyKeys("storageCondition", "shelfLifeDays", "units[0].unit",
                "units[0].stockUnitsPerUnit", "purchaseUnit");
        assertThat(fields(invalid).get("purchaseUnit")).contains("BX needs a conversion");

        assertProblem(send("ADMIN", "PUT", "api/v1/products/" + INVALID, maintainable("FROZEN", 10).build().toString(),
                "If-Match", "W/\"" + version + "\""), 400, "invalid-if-match");
        assertProblem(send("ADMIN", "PUT", "api/v1/products/" + INVALID, "{not json", "If-Match", "\"" + version + "\""),
                400, "unreadable-request");
        assertProblem(send("ADMIN", "PUT", "api/v1/products/09999-9999-99", maintainable("FROZEN", 10).build().toString(),
                "If-Match", "\"0\""), 404, "product-not-found");
        // Nothing was written.
        JsonObject stored = Http.json(Http.get("api/v1/products/" + INVALID));
        assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(stored.getString("storageCondition")).isEqualTo("ROOM_TEMPERATURE");
    }

    @Test
    void rolesWithoutCatalogEditAreRefused403() {
        long version = Http.json(Http.get("api/v1/products/" + INVALID)).getJsonNumber("version").longValue();
        HttpResponse<String> r = send("SALES", "PUT", "api/v1/products/" + INVALID,
                withVersion(maintainable("FROZEN", 10).build(), version).toString());
        assertProblem(r, 403, "permission-denied");
        assertThat(Http.json(r).getString("detail")).contains("catalog:edit");
        HttpResponse<String> create = send("WAREHOUSE", "POST", "api/v1/products",
                newProduct("54321-111-22").toString());
        assertProblem(create, 403, "permission-denied");
    }

    @Test
    void postCreatesAProductWithLocationAndETagAndRefusesAnExistingNdc() {
        String ndc10 = "5" + String.format("%04d", Math.floorMod(UUID.randomUUID().hashCode(), 10000)) + "-987-65";
        HttpResponse<String> created = send("PROCUREMENT", "POST", "api/v1/products", newProduct(ndc10).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject p = Http.json(created);
        String ndc11 = p.getString("ndc11");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/products/" + ndc11));
        assertThat(created.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(p.getString("source")).isEqualTo("manual");
        assertThat(p.getString("ndc10")).isEqualTo(ndc10);
        assertThat(p.getString("storageCondition")).isEqualTo("REFRIGERATED");
        assertThat(p.getString("purchaseUnit")).isEqualTo("BX");
        assertThat(Http.get("api/v1/products/" + ndc10).statusCode()).isEqualTo(200);

        assertProblem(send("PROCUREMENT", "POST", "api/v1/products", newProduct(ndc10).toString()), 409, "product-exists");
        HttpResponse<String> bad = send("ADMIN", "POST", "api/v1/products",
                Json.createObjectBuilder().add("ndc", "12-34").add("marketingCategory", "RX").build().toString());
        assertProblem(bad, 400, "invalid-product");
        assertThat(fields(bad)).containsKeys("ndc", "name", "storageCondition");
    }

    @Test
    void demoStockKeepingDataIsLoadedWithTheCatalog() {
        JsonObject insulin = Http.json(Http.get("api/v1/products/73070-403-15"));
        assertThat(insulin.getString("storageCondition")).isEqualTo("REFRIGERATED");
        assertThat(insulin.getString("purchaseUnit")).isEqualTo("CA");
        assertThat(insulin.getJsonArray("units").getJsonObject(0).getJsonNumber("stockUnitsPerUnit").bigDecimalValue())
                .isEqualByComparingTo("12");
        assertThat(insulin.getString("maintainedBy")).isEqualTo("demo-data");
        assertThat(insulin.getString("therapeuticCategory")).isEqualTo("Endocrinology/Metabolism");
    }

    // ------------------------------------------------------------------ helpers

    /** The required maintainable fields with EA units and no conversions. */
    private static JsonObjectBuilder maintainable(String storage, int shelfLifeDays) {
        return Json.createObjectBuilder().add("storageCondition", storage).add("shelfLifeDays", shelfLifeDays)
                .add("serialised", false).add("qualityReleaseRequired", false).add("status", "ACTIVE")
                .add("purchaseUnit", "EA").add("salesUnit", "EA").add("units", JsonValue.EMPTY_JSON_ARRAY);
    }

    private static JsonObject newProduct(String ndc) {
        return maintainable("REFRIGERATED", 365).add("ndc", ndc).add("name", "PHARMADIST TEST VACCINE DILUENT")
                .add("marketingCategory", "RX").add("labeler", "PharmaDist Labs").add("purchaseUnit", "BX")
                .add("units", Json.createArrayBuilder().add(Json.createObjectBuilder().add("unit", "BX").add("stockUnitsPerUnit", 10)))
                .build();
    }

    private static JsonObject withVersion(JsonObject body, long version) {
        return Json.createObjectBuilder(body).add("version", version).build();
    }

    private static JsonObject wrap(HttpResponse<String> arrayResponse) {
        return Json.createReader(new java.io.StringReader("{\"h\":" + arrayResponse.body() + "}")).readObject();
    }

    private static Map<String, String> fields(HttpResponse<String> problem) {
        JsonObject p = Http.json(problem);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (p.containsKey("errors")) {
            for (JsonValue v : p.getJsonArray("errors")) {
                out.put(v.asJsonObject().getString("field"), v.asJsonObject().getString("message", ""));
            }
        }
        return out;
    }

    static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(r).getString("type")).endsWith("/" + type);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** A request as the demo user of {@code role}, with extra headers (name, value, ...). */
    static HttpResponse<String> send(String role, String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + SystemUnderTest.token(role))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
