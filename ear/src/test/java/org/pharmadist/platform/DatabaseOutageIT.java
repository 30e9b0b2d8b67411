package org.pharmadist.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemTestSession;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * PostgreSQL goes away while the server runs: readiness turns DOWN with the reason, data requests
 * answer 503 problem+json (never a stack trace, never data from memory), and when the database is
 * back the server serves again without a restart. Runs last: it stops the database.
 */
@Order(Integer.MAX_VALUE)
class DatabaseOutageIT {

    @Test
    void outageIsReportedAndRecoveredWithoutRestart() throws Exception {
        assumeTrue(SystemTestSession.controlsDatabase(), "the database was started outside this test run");
        assertThat(Http.get("api/v1/products?limit=1").statusCode()).isEqualTo(200);
        SystemTestSession.stopDatabase();
        try {
            HttpResponse<String> ready = awaitStatus(() -> Http.get(SystemUnderTest.health().resolve("ready")), 503,
                    Duration.ofSeconds(30));
            assertThat(ready.body()).contains("DOWN").containsIgnoringCase("database");
            HttpResponse<String> data = Http.get("api/v1/products?limit=1");
            assertThat(data.statusCode()).isEqualTo(503);
            assertThat(data.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(data.body()).doesNotContain("Exception").contains("database");
        } finally {
            SystemTestSession.startDatabase();
        }
        awaitStatus(() -> Http.get(SystemUnderTest.health().resolve("ready")), 200, Duration.ofSeconds(60));
        HttpResponse<String> again = awaitStatus(() -> Http.get("api/v1/products?limit=1"), 200, Duration.ofSeconds(60));
        assertThat(Http.json(again).getJsonArray("items")).hasSize(1);
    }

    private static HttpResponse<String> awaitStatus(java.util.function.Supplier<HttpResponse<String>> call, int status,
            Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last;
        do {
            last = call.get();
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + status + " within " + timeout + ", last: " + last.uri() + " "
                + last.statusCode() + " " + last.body());
    }
}
