package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.security.AnonymousAccessIT.assertNoInternals;
import static org.pharmadist.platform.security.AnonymousAccessIT.assertUnauthenticatedProblem;
import static org.pharmadist.platform.security.AnonymousAccessIT.parse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * API tokens end to end: an ADMIN issues one over REST, it authenticates its user, revoking or
 * expiring it ends that at once, unknown tokens are refused, the token text is shown in the issue
 * answer only (never in the audit or the database), and invalid requests are 400 problems.
 */
class TokenIT {

    /** A token issued over REST: id, text, expiry. */
    record Issued(long id, String token, Instant expiresAt) { }

    static Issued issue(String username, int validityDays) {
        HttpResponse<String> r = Http.postAs("ADMIN", "api/v1/security/tokens", "application/json",
                "{\"username\":\"" + username + "\",\"clientName\":\"TokenIT " + UUID.randomUUID() + "\",\"validityDays\":"
                        + validityDays + "}");
        assertThat(r.statusCode()).as("issue token: " + r.body()).isEqualTo(201);
        JsonObject body = parse(r.body());
        assertThat(body.keySet()).containsExactlyInAnyOrder("id", "token", "expiresAt");
        return new Issued(body.getJsonNumber("id").longValue(), body.getString("token"), Instant.parse(body.getString("expiresAt")));
    }

    static HttpResponse<String> meWith(String token) {
        return Http.get(SystemUnderTest.app().resolve("api/v1/me"), "Authorization", "Bearer " + token);
    }

    @Test
    void issuedTokenActsAsItsUserUntilRevoked() {
        Instant before = Instant.now();
        Issued issued = issue("integration", 30);
        assertThat(issued.token()).as("256 random bits, URL-safe Base64").matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.expiresAt()).isBetween(before.plus(Duration.ofDays(30)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(30)).plusSeconds(60));

        HttpResponse<String> me = meWith(issued.token());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(parse(me.body()).getString("username")).isEqualTo("integration");
        assertThat(me.headers().allValues("Set-Cookie")).as("no HTTP session for API calls")
                .noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
        // The same token works for SOAP too.
        HttpResponse<String> soap = Http.postAs(Http.ANONYMOUS, "soap/CatalogService", "text/xml; charset=UTF-8",
                RoleMatrixIT.envelope("<c:getProduct><ndc>0338-0424-18</ndc></c:getProduct>"), "SOAPAction", "\"\"",
                "Authorization", "Bearer " + issued.token());
        assertThat(soap.statusCode()).as(soap.body()).isEqualTo(200);

        long auditBefore = RoleMatrixIT.latestAuditId();
        HttpResponse<String> revoke = Http.sendAs("ADMIN", "DELETE", "api/v1/security/tokens/" + issued.id(), null, null);
        assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(204);

        HttpResponse<String> after = meWith(issued.token());
        assertUnauthenticatedProblem(after, "revoked token");
        assertThat(after.body()).doesNotContain("integration");
        assertUnauthenticatedProblem(Http.postAs(Http.ANONYMOUS, "api/v1/catalog/imports", "application/json", "{}",
                "Authorization", "Bearer " + issued.token()), "revoked token on POST");

        List<String> events = RoleMatrixIT.auditSince(auditBefore).stream()
                .filter(e -> "integration".equals(e.getString("username", null)))
                .map(e -> e.getString("event")).toList();
        assertThat(events).contains("TOKEN_REVOKED", "TOKEN_REJECTED");
    }

    @Test
    void expiredTokenIsRefused() throws SQLException {
        Issued issued = issue("integration", 1);
        assertThat(meWith(issued.token()).statusCode()).isEqualTo(200);
        try (Connection c = database();
             PreparedStatement expire = c.prepareStatement(
                     "UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            expire.setLong(1, issued.id());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        HttpResponse<String> r = meWith(issued.token());
        assertUnauthenticatedProblem(r, "expired token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "0123456789012345678901234567890123456789012", "not base64 at all !!!!!!!!!!!!!!!!!!!!!"})
    void unknownOrMalformedTokensAre401(String token) {
        assertUnauthenticatedProblem(meWith(token), "token '" + token + "'");
    }

    @Test
    void randomUnknownTokenIs401() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        assertUnauthenticatedProblem(meWith(Base64.getUrlEncoder().withoutPadding().encodeToString(random)), "random token");
    }

    @Test
    void tokenTextAppearsOnlyInTheIssueAnswer() throws Exception {
        Issued issued = issue("integration", 7);
        assertThat(meWith(issued.token()).statusCode()).isEqualTo(200);
        assertThat(Http.sendAs("ADMIN", "DELETE", "api/v1/security/tokens/" + issued.id(), null, null).statusCode()).isEqualTo(204);
        meWith(issued.token()); // a rejection is audited too
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.token().getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> audit = Http.getAs("ADMIN", "api/v1/security/audit?limit=500");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).as("the audit names the token by id")
                .contains("token " + issued.id())
                .doesNotContain(issued.token()).doesNotContain(digest);
        assertThat(Http.getAs("ADMIN", "api/v1/security/users").body()).doesNotContain(issued.token());

        Assumptions.assumeTrue(System.getProperty("it.db.port") != null, "database checks need the test database");
        try (Connection c = database();
             PreparedStatement q = c.prepareStatement("SELECT t::text FROM api_token t WHERE id = ?")) {
            q.setLong(1, issued.id());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("stored token row").contains(digest).doesNotContain(issued.token());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 367})
    void validityOutsideOneTo366DaysIs400Problem(int days) {
        HttpResponse<String> r = Http.postAs("ADMIN", "api/v1/security/tokens", "application/json",
                "{\"username\":\"integration\",\"clientName\":\"TokenIT\",\"validityDays\":" + days + "}");
        assertProblem(r, 400, "/invalid-validity");
        assertThat(parse(r.body()).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("validityDays");
    }

    @Test
    void invalidTokenRequestsAreProblems() {
        assertProblem(Http.postAs("ADMIN", "api/v1/security/tokens", "application/json",
                "{\"username\":\"integration\",\"clientName\":\" \",\"validityDays\":5}"), 400, "/invalid-client-name");
        assertProblem(Http.postAs("ADMIN", "api/v1/security/tokens", "application/json",
                "{\"username\":\"no-such-user\",\"clientName\":\"TokenIT\",\"validityDays\":5}"), 404, "/user-not-found");
        assertProblem(Http.postAs("ADMIN", "api/v1/security/tokens", "application/json", "{}"), 400, "/invalid-token-request");
        assertProblem(Http.sendAs("ADMIN", "DELETE", "api/v1/security/tokens/999999999", null, null), 404, "/token-not-found");
        assertProblem(Http.sendAs("ADMIN", "DELETE", "api/v1/security/tokens/abc", null, null), 400, "/invalid-token-id");
    }

    static void assertProblem(HttpResponse<String> r, int status, String typeSuffix) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = parse(r.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).endsWith(typeSuffix);
        assertNoInternals(r.body());
    }

    /** The test database (skips the test when the server under test was started elsewhere). */
    static Connection database() throws SQLException {
        String port = System.getProperty("it.db.port");
        String name = System.getProperty("it.db.name");
        Assumptions.assumeTrue(port != null && name != null, "it.db.port / it.db.name not set: external server, no database access");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name, "postgres", "");
    }
}
