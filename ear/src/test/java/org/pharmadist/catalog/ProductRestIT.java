package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.platform.testserver.Http.post;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pharmadist.platform.testserver.Http;

/** The catalog REST API over real HTTP against the deployed EAR (run once per server). */
class ProductRestIT {

    private static final String HEPARIN_NDC10 = "0338-0424-18";
    private static final String HEPARIN_NDC11 = "00338042418";
    private static final String HEPARIN_GTIN14 = "00303380424184";

    @ParameterizedTest
    @ValueSource(strings = {HEPARIN_NDC10, HEPARIN_NDC11, "00338-0424-18", HEPARIN_GTIN14})
    void productIsFoundByEveryIdentifierForm(String identifier) {
        HttpResponse<String> r = get("api/v1/products/" + identifier);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject p = json(r);
        assertThat(p.getString("ndc11")).isEqualTo(HEPARIN_NDC11);
        assertThat(p.getString("ndc10")).isEqualTo(HEPARIN_NDC10);
        assertThat(p.getString("gtin14")).isEqualTo(HEPARIN_GTIN14);
        assertThat(p.getString("name")).isEqualTo("HEPARIN SODIUM IN SODIUM CHLORIDE");
        assertThat(p.getString("marketingCategory")).isEqualTo("RX");
    }

    @Test
    void nadacPriceKeepsFiveDecimalsAndItsUnit() {
        JsonObject p = json(get("api/v1/products/00378180010"));
        assertThat(p.getJsonNumber("nadacUnitPrice").bigDecimalValue()).isEqualByComparingTo("0.03948");
        assertThat(p.getString("pricingUnit")).isEqualTo("EA");
        assertThat(p.containsKey("gtin14")).as("11-digit-only NDC has no GTIN").isFalse();
    }

    @Test
    void nonNumericLimitIsA400ProblemWithoutInternals() {
        HttpResponse<String> r = get("api/v1/products?limit=abc");
        assertProblem(r, 400);
        JsonObject problem = json(r);
        assertThat(problem.getString("type")).endsWith("/invalid-limit");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
    }

    @Test
    void bodyThatIsNotJsonIsA400Problem() {
        HttpResponse<String> r = post("api/v1/catalog/imports", "application/json", "{this is not json");
        assertProblem(r, 400);
    }

    @Test
    void malformedNdcIsA400AndUnknownNdcA404() {
        HttpResponse<String> bad = get("api/v1/products/12-34");
        assertProblem(bad, 400);
        assertThat(json(bad).getString("detail")).contains("12-34");
        assertProblem(get("api/v1/products/09999-9999-99"), 404);
        assertProblem(get("api/v1/products/00303380424185"), 400); // wrong GTIN check digit
    }

    @Test
    void unknownPathIsA404Problem() {
        assertProblem(get("api/v1/no-such-thing"), 404);
    }

    @Test
    void cursorPagingReturnsEveryRowExactlyOnceEvenWhereNamesRepeat() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> ndcs = new HashSet<>();
        String cursor = null;
        long total = -1;
        int pages = 0;
        do {
            JsonObject page = json(get("api/v1/products?limit=97&fields=ndc11,name"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            total = page.getJsonObject("page").getJsonNumber("total").longValue();
            for (JsonValue v : page.getJsonArray("items")) {
                JsonObject item = v.asJsonObject();
                assertThat(ndcs.add(item.getString("ndc11"))).as("row returned twice: " + item).isTrue();
                names.merge(item.getString("name"), 1, Integer::sum);
            }
            JsonObject info = page.getJsonObject("page");
            cursor = info.containsKey("nextCursor") && !info.isNull("nextCursor") ? info.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(ndcs).hasSize((int) total);
        assertThat(total).isGreaterThan(1000);
        assertThat(names.values()).as("the catalog has names shared by many products").anyMatch(n -> n >= 5);
    }

    @Test
    void searchByNamePrefixNdcPrefixAndGtinPrefix() {
        JsonObject byName = json(get("api/v1/products?q=heparin&limit=500"));
        assertThat(byName.getJsonArray("items")).isNotEmpty().allSatisfy(v -> {
            JsonObject p = v.asJsonObject();
            assertThat((p.getString("name") + "|" + p.getString("genericName", "")).toLowerCase())
                    .containsPattern("(^|\\|)heparin");
        });
        assertThat(json(get("api/v1/products?q=0338-0424")).getJsonArray("items"))
                .anySatisfy(v -> assertThat(v.asJsonObject().getString("ndc11")).isEqualTo(HEPARIN_NDC11));
        assertThat(json(get("api/v1/products?q=0030338042")).getJsonArray("items"))
                .anySatisfy(v -> assertThat(v.asJsonObject().getString("gtin14")).isEqualTo(HEPARIN_GTIN14));
    }

    @Test
    void fieldsSelectsItemFieldsAndUnknownFieldsAreRefused() {
        JsonObject page = json(get("api/v1/products?limit=3&fields=ndc11,name"));
        assertThat(page.getJsonArray("items")).hasSize(3).allSatisfy(v ->
                assertThat(v.asJsonObject().keySet()).containsExactlyInAnyOrder("ndc11", "name"));
        assertProblem(get("api/v1/products?fields=ndc11,price"), 400);
    }

    @Test
    void largeBodiesAreGzippedSmallOnesAreNot() throws IOException {
        HttpResponse<byte[]> large = Http.getBytes("api/v1/products?limit=50", "Accept-Encoding", "gzip");
        assertThat(large.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String body;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(large.body()))) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(body).startsWith("{").contains("\"items\"");
        HttpResponse<byte[]> small = Http.getBytes("api/v1/products?limit=1&fields=ndc11", "Accept-Encoding", "gzip");
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = "{\"dataset\":\"fda-reference\"}";
        HttpResponse<String> first = post("api/v1/catalog/imports", "application/json", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = post("api/v1/catalog/imports", "application/json", body, "Idempotency-Key", key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(again)).isEqualTo(json(first));
        HttpResponse<String> other = post("api/v1/catalog/imports", "application/json", "{\"dataset\":\"other\"}",
                "Idempotency-Key", key);
        assertProblem(other, 422);
        JsonObject report = json(first);
        assertThat(report.getInt("created")).as("re-import of the demo data creates nothing").isZero();
        assertThat(report.getJsonArray("rejected")).isNotEmpty().allSatisfy(v ->
                assertThat(v.asJsonObject().getInt("lineNumber")).isPositive());
    }

    @Test
    void openApiDocumentDescribesTheCatalog() {
        HttpResponse<String> r = get("openapi");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/products").contains("PharmaDist API");
        assertThat(r.body()).as("the bearer token scheme, so clients and 'Try it out' can send a token")
                .contains("securitySchemes").containsIgnoringCase("scheme: bearer");
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("java.");
        assertThat(json(r).getInt("status")).isEqualTo(status);
    }
}
