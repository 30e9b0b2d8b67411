package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.security.AnonymousAccessIT.assertNoInternals;
import static org.pharmadist.platform.security.AnonymousAccessIT.assertSoapUnauthenticated;
import static org.pharmadist.platform.security.AnonymousAccessIT.parse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pharmadist.platform.testserver.DemoUsers;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * The permission matrix as callers meet it: for every demo role and every action that has a REST
 * address, the call is allowed exactly when the default matrix of the database migrations grants
 * the permission (else 403 problem+json "permission-denied", recorded in the security audit); SOAP
 * follows the same matrix; {@code GET /api/v1/me} reports each caller's roles and permissions.
 * The expected matrix is read from the migrations ({@code INSERT INTO role_permission}), not copied.
 */
class RoleMatrixIT {

    private static final String PROBLEM_TYPE_DENIED = "https://pharmadist.org/problems/permission-denied";

    /** One REST call that needs one permission, and the status it answers when allowed. */
    record Probe(String permission, String method, String pathTemplate, String body, int allowedStatus, String contentType) {

        Probe(String permission, String method, String pathTemplate, String body, int allowedStatus) {
            this(permission, method, pathTemplate, body, allowedStatus, "application/json");
        }

        String path(String role) {
            return pathTemplate.replace("{self}", DemoUsers.username(role));
        }
    }

    /**
     * One probe per permission that has a REST address. {@code catalog:create} has no harmless call (every
     * allowed POST creates a product; ProductMaintenanceRestIT covers allowed and refused creation). The
     * role assignment gives the caller its own role back (a no-op when allowed); when refused, the
     * body asks for ADMIN in addition, so a missing check would show as an escalation.
     */
    private static final List<Probe> PROBES = List.of(
            new Probe("catalog:view", "GET", "api/v1/products?limit=1", null, 200),
            new Probe("catalog:import", "POST", "api/v1/catalog/imports", "{\"dataset\":\"fda-reference\"}", 201),
            // Writes the same values back with the current version (read just before): harmless when allowed.
            new Probe("catalog:edit", "PUT", "api/v1/products/0409-1749-10", "{\"version\":{version},"
                    + "\"storageCondition\":\"ROOM_TEMPERATURE\",\"shelfLifeDays\":730,\"serialised\":true,"
                    + "\"qualityReleaseRequired\":false,\"status\":\"ACTIVE\",\"purchaseUnit\":\"EA\","
                    + "\"salesUnit\":\"EA\",\"units\":[]}", 200),
            new Probe("security:view", "GET", "api/v1/security/users", null, 200),
            new Probe("security:administer", "PUT", "api/v1/security/users/{self}/roles", "{\"roles\":[\"{role}\"]}", 204),
            new Probe("audit:view", "GET", "api/v1/security/audit?limit=1", null, 200),
            // inventory: harmless calls that succeed when allowed. move: releasing a demand that has no reservations
            // (idempotent, 200 with an empty list); adjust: opening a demo location that is open (idempotent PUT);
            // release: quarantining the demo lot QAHOLD1 that is already quarantined (a repeated decision changes and
            // records nothing, 200).
            new Probe("inventory:view", "GET", "api/v1/inventory/warehouses", null, 200),
            new Probe("inventory:move", "DELETE", "api/v1/inventory/allocations?demand=ROLE-MATRIX-PROBE", null, 200),
            new Probe("inventory:adjust", "PUT", "api/v1/inventory/warehouses/NJ1/locations/A-01-01/active",
                    "{\"active\":true}", 200),
            new Probe("inventory:release", "POST", "api/v1/inventory/lot-decisions",
                    "{\"ndc\":\"0338-0424-18\",\"lotNumber\":\"QAHOLD1\",\"decision\":\"QUARANTINE\","
                            + "\"reason\":\"role matrix probe\"}", 200),
            new Probe("crm:view", "GET", "api/v1/crm/customers?limit=1", null, 200),
            // A CSV with only the header line: imports nothing, changes nothing, answers the (empty) report.
            new Probe("crm:edit", "POST", "api/v1/crm/customers/imports", "type,legalName,taxId\n", 200, "text/csv"),
            // sales: view lists quotations; quote sends a quotation number that does not exist (404 when allowed:
            // nothing changes); price creates a price list code that exists already (409 when allowed, changes nothing).
            new Probe("sales:view", "GET", "api/v1/sales/quotations?limit=1", null, 200),
            new Probe("insights:view", "GET", "api/v1/insights", null, 200),
            new Probe("sales:quote", "POST", "api/v1/sales/quotations/999999999/send", "{\"version\":0}", 404),
            new Probe("sales:price", "POST", "api/v1/sales/price-lists", "{\"code\":\"WHOLESALE\",\"name\":\"probe\"}", 409),
            // order confirms and ship confirms a number that does not exist (404 when allowed: nothing changes);
            // sales:credit-release is checked per hold kind after the hold is found (SalesOrderRestIT covers it).
            new Probe("sales:order", "POST", "api/v1/sales/orders/999999999/confirm", "{\"version\":0}", 404),
            new Probe("sales:ship", "POST", "api/v1/sales/shipments/999999999/confirm", "{\"version\":0}", 404),
            // Procurement: writes are probed with an empty body, refused (403) before validation when the permission
            // is missing and answered 400 (a missing field) when it is granted, so a probe never writes anything.
            new Probe("procurement:view", "GET", "api/v1/procurement/purchase-orders?limit=1", null, 200),
            new Probe("procurement:order", "POST", "api/v1/procurement/suppliers", "{}", 400),
            new Probe("procurement:receive", "POST", "api/v1/procurement/goods-receipts", "{}", 400),
            new Probe("procurement:invoice", "POST", "api/v1/procurement/supplier-invoices", "{}", 400),
            // compliance: view lists recalls; recall imports a record without a recall number (rejected in the
            // report, 200, nothing written).
            new Probe("compliance:view", "GET", "api/v1/compliance/recalls?limit=1", null, 200),
            new Probe("compliance:recall", "POST", "api/v1/compliance/recalls", "{\"classification\":\"Class I\"}", 200),
            // Finance: writes with an empty body, 403 without the permission, 400 (a missing field) with it.
            new Probe("finance:view", "GET", "api/v1/finance/invoices?limit=1", null, 200),
            new Probe("finance:invoice", "POST", "api/v1/finance/credit-notes", "{}", 400),
            new Probe("finance:payment", "POST", "api/v1/finance/payments", "{}", 400));

    // ---------------------------------------------------------------- REST

    static Stream<Arguments> restMatrix() {
        Map<String, Set<String>> matrix = expectedMatrix();
        List<Arguments> out = new ArrayList<>();
        for (String role : DemoUsers.usernamesByRole().keySet()) {
            for (Probe probe : PROBES) {
                boolean allowed = matrix.getOrDefault(role, Set.of()).contains(probe.permission());
                out.add(Arguments.of(role, probe.permission(), allowed ? "allowed" : "refused", probe));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("restMatrix")
    void restCallIsAllowedExactlyWhenTheMatrixGrantsIt(String role, String permission, String expectation, Probe probe) {
        boolean allowed = expectation.equals("allowed");
        String body = probe.body() == null ? null
                : probe.body().replace("{role}", allowed ? role : role + "\",\"ADMIN");
        if (body != null && body.contains("{version}")) {
            body = body.replace("{version}", Long.toString(Http.json(Http.get(probe.path(role))).getJsonNumber("version").longValue()));
        }
        HttpResponse<String> r = Http.sendAs(role, probe.method(), probe.path(role), body == null ? null : probe.contentType(), body);
        String what = role + " " + probe.method() + " " + probe.path(role);
        if (allowed) {
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(probe.allowedStatus());
        } else {
            assertPermissionDenied(r, permission, what);
        }
        // Whatever happened, the caller still holds exactly its own role.
        JsonObject me = parse(Http.getAs(role, "api/v1/me").body());
        assertThat(strings(me.getJsonArray("roles"))).as("roles of " + role + " after " + what).containsExactly(role);
    }

    @Test
    void everyRoleHasAtLeastOneProbedActionAndAllButAdminOneRefused() {
        // Guards the data-driven test above against a matrix that probes nothing (e.g. a parse failure).
        Map<String, Set<String>> matrix = expectedMatrix();
        assertThat(matrix.keySet()).containsAll(DemoUsers.usernamesByRole().keySet());
        for (String role : DemoUsers.usernamesByRole().keySet()) {
            List<String> probed = PROBES.stream().map(Probe::permission).toList();
            assertThat(probed).as("probed permissions allowed for " + role).containsAnyElementsOf(matrix.get(role));
            if (!role.equals("ADMIN")) {
                assertThat(probed.stream().filter(p -> !matrix.get(role).contains(p)).toList())
                        .as("probed permissions refused to " + role).contains("security:administer");
            }
        }
        assertThat(matrix.get("ADMIN")).contains("security:administer", "audit:view");
        assertThat(matrix.get("SALES")).containsExactlyInAnyOrder("catalog:view", "inventory:view", "crm:view", "crm:edit",
                "sales:view", "sales:quote", "sales:order", "finance:view");
    }

    @Test
    void salesMayViewProductsButNotImportAndTheRefusalIsAudited() {
        long before = latestAuditId();
        assertThat(Http.getAs("SALES", "api/v1/products?limit=1").statusCode()).isEqualTo(200);

        HttpResponse<String> r = Http.postAs("SALES", "api/v1/catalog/imports", "application/json",
                "{\"dataset\":\"fda-reference\"}");
        assertPermissionDenied(r, "catalog:import", "SALES import");

        List<JsonObject> denials = auditSince(before).stream()
                .filter(e -> e.getString("event").equals("PERMISSION_DENIED"))
                .toList();
        assertThat(denials).as("PERMISSION_DENIED entries after the refused import").hasSize(1);
        JsonObject denial = denials.get(0);
        assertThat(denial.getString("username")).isEqualTo(DemoUsers.username("SALES"));
        assertThat(denial.getString("actor")).isEqualTo(DemoUsers.username("SALES"));
        assertThat(denial.getString("detail")).contains("catalog:import");
    }

    @Test
    void complianceMayReadTheAuditButNotChangeRoles() {
        assertThat(Http.getAs("COMPLIANCE", "api/v1/security/audit?limit=5").statusCode()).isEqualTo(200);
        HttpResponse<String> r = Http.sendAs("COMPLIANCE", "PUT", "api/v1/security/users/compliance/roles", "application/json",
                "{\"roles\":[\"COMPLIANCE\",\"ADMIN\"]}");
        assertPermissionDenied(r, "security:administer", "COMPLIANCE assigns itself ADMIN");
        assertThat(strings(parse(Http.getAs("COMPLIANCE", "api/v1/me").body()).getJsonArray("roles")))
                .containsExactly("COMPLIANCE");
    }

    @Test
    void integrationMayViewProductsButNotTheAuditNorIssueTokens() {
        assertThat(Http.getAs("INTEGRATION", "api/v1/products/0338-0424-18").statusCode()).isEqualTo(200);
        assertPermissionDenied(Http.getAs("INTEGRATION", "api/v1/security/audit"), "audit:view", "INTEGRATION audit");
        assertPermissionDenied(Http.postAs("INTEGRATION", "api/v1/security/tokens", "application/json",
                        "{\"username\":\"admin\",\"clientName\":\"escalation\",\"validityDays\":1}"),
                "security:administer", "INTEGRATION issues itself an ADMIN token");
    }

    @Test
    void adminMayListUsersWithoutPasswordHashes() {
        HttpResponse<String> r = Http.getAs("ADMIN", "api/v1/security/users");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray users = parse("{\"u\":" + r.body() + "}").getJsonArray("u");
        List<String> names = users.stream().map(v -> v.asJsonObject().getString("username")).toList();
        assertThat(names).containsAll(DemoUsers.usernamesByRole().values());
        assertThat(r.body()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");
    }

    // ---------------------------------------------------------------- /api/v1/me

    static Stream<String> roles() {
        return DemoUsers.usernamesByRole().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void meReportsUsernameRolesAndThePermissionsOfTheMatrix(String role) {
        HttpResponse<String> r = Http.getAs(role, "api/v1/me");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject me = parse(r.body());
        assertThat(me.getString("username")).isEqualTo(DemoUsers.username(role));
        assertThat(me.getString("displayName")).isNotBlank();
        assertThat(strings(me.getJsonArray("roles"))).containsExactly(role);
        List<String> expected = new ArrayList<>(expectedMatrix().getOrDefault(role, Set.of()));
        expected.sort(Comparator.naturalOrder());
        assertThat(strings(me.getJsonArray("permissions"))).as("permissions of " + role).containsExactlyElementsOf(expected);
    }

    // ---------------------------------------------------------------- SOAP

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void soapCatalogFollowsTheMatrix(String role) {
        HttpResponse<String> r = soap(role, "<c:getProduct><ndc>0338-0424-18</ndc></c:getProduct>");
        if (expectedMatrix().getOrDefault(role, Set.of()).contains("catalog:view")) {
            assertThat(r.statusCode()).as(role + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).contains("<ndc11>00338042418</ndc11>");
        } else {
            assertThat(r.statusCode()).as(role + ": " + r.body()).isEqualTo(500);
            assertThat(r.body()).containsPattern("<faultcode[^>]*>[A-Za-z0-9-]+:Client</faultcode>").contains("catalog:view");
        }
    }

    @Test
    void soapWithAnIntegrationTokenWorksAndWithAnInvalidTokenIs401ClientFault() {
        HttpResponse<String> ok = soap("INTEGRATION", "<c:searchProducts><query>heparin</query><limit>1</limit></c:searchProducts>");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("<product>");

        HttpResponse<String> invalid = Http.postAs(Http.ANONYMOUS, "soap/CatalogService", "text/xml; charset=UTF-8",
                envelope("<c:getProduct><ndc>0338-0424-18</ndc></c:getProduct>"), "SOAPAction", "\"\"",
                "Authorization", "Bearer " + SystemUnderTest.token("INTEGRATION") + "x");
        assertSoapUnauthenticated(invalid, "invalid token");
        assertThat(invalid.body()).doesNotContain("00338042418");
    }

    // ---------------------------------------------------------------- helpers

    static HttpResponse<String> soap(String role, String body) {
        return Http.postAs(role, "soap/CatalogService", "text/xml; charset=UTF-8", envelope(body), "SOAPAction", "\"\"");
    }

    static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"urn:pharmadist:catalog:v1\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    static void assertPermissionDenied(HttpResponse<String> r, String permission, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = parse(r.body());
        assertThat(problem.getString("type")).isEqualTo(PROBLEM_TYPE_DENIED);
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("detail")).contains(permission);
        assertNoInternals(r.body());
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Id of the newest security audit entry (read as ADMIN), 0 when there is none. */
    static long latestAuditId() {
        List<JsonObject> entries = audit(1);
        return entries.isEmpty() ? 0 : entries.get(0).getJsonNumber("id").longValue();
    }

    /** Audit entries newer than {@code id}, oldest first (read as COMPLIANCE, who holds audit:view). */
    static List<JsonObject> auditSince(long id) {
        List<JsonObject> newer = new ArrayList<>(audit(500).stream()
                .filter(e -> e.getJsonNumber("id").longValue() > id).toList());
        newer.sort(Comparator.comparingLong(e -> e.getJsonNumber("id").longValue()));
        return newer;
    }

    static List<JsonObject> audit(int limit) {
        HttpResponse<String> r = Http.getAs("COMPLIANCE", "api/v1/security/audit?limit=" + limit);
        assertThat(r.statusCode()).as("audit: " + r.body()).isEqualTo(200);
        return parse("{\"a\":" + r.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject).toList();
    }

    private static volatile Map<String, Set<String>> matrix;

    /**
     * The default permission matrix, role -> "module:action", from every {@code INSERT INTO
     * role_permission} of the migrations in version order.
     */
    static Map<String, Set<String>> expectedMatrix() {
        Map<String, Set<String>> m = matrix;
        if (m != null) {
            return m;
        }
        Path dir = AnonymousAccessIT.projectRoot().resolve("ejb-module/src/main/resources/db/migration");
        Map<Integer, Path> byVersion = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher v = Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (v.matches()) {
                    byVersion.put(Integer.parseInt(v.group(1)), f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Pattern statement = Pattern.compile("INSERT\\s+INTO\\s+role_permission\\s*\\([^)]*\\)\\s*VALUES([^;]*);",
                Pattern.CASE_INSENSITIVE);
        Pattern row = Pattern.compile("\\(\\s*'(\\w+)'\\s*,\\s*'(\\w+)'\\s*,\\s*'([\\w-]+)'\\s*\\)");
        for (Path file : byVersion.values()) {
            Matcher s = statement.matcher(AnonymousAccessIT.read(file));
            while (s.find()) {
                Matcher r = row.matcher(s.group(1));
                while (r.find()) {
                    out.computeIfAbsent(r.group(1), k -> new TreeSet<>()).add(r.group(2) + ":" + r.group(3));
                }
            }
        }
        assertThat(out).as("role_permission rows in " + dir).isNotEmpty();
        matrix = out;
        return out;
    }
}
