package org.pharmadist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;

/** Health endpoints and Prometheus metrics, at the URLs given for each server. */
class HealthAndMetricsIT {

    @Test
    void readinessIsUpWithTheDatabaseFacts() {
        HttpResponse<String> r = Http.get(SystemUnderTest.health().resolve("ready"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject database = Http.json(r).getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("state")).isEqualTo("READY");
        assertThat(Integer.parseInt(database.getJsonObject("data").getString("schemaVersion"))).isGreaterThanOrEqualTo(2);
        assertThat(database.getJsonObject("data").getString("ai")).isIn("not-configured", "ok", "unavailable");
    }

    @Test
    void livenessAndStartupAreUp() {
        assertThat(Http.get(SystemUnderTest.health().resolve("live")).statusCode()).isEqualTo(200);
        assertThat(Http.get(SystemUnderTest.health().resolve("started")).statusCode()).isEqualTo(200);
    }

    @Test
    void requestLatencyIsAPrometheusMetricUnderTheSameNameOnEveryServer() {
        Http.get("api/v1/products?limit=1");
        HttpResponse<String> r = Http.get(SystemUnderTest.metrics());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("pharmadist_http_requests_seconds_count\\{[^}]*endpoint=\"ProductResource.search\"");
    }
}
