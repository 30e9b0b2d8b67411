package org.pharmadist.platform.security.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.security.portal.PermissionsPage.Cell;
import org.pharmadist.platform.security.portal.UsersPage.Row;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * The portal's security administration in a real headless Chromium, signed in as the demo ADMIN:
 * roles of a user, API tokens (shown once, working against {@code GET /api/v1/me}, revoked), the
 * permission matrix; and, signed in as COMPLIANCE, the audit trail (allowed) and the users screen
 * (refused with a message, not an error page). Effects are checked through the REST API with the
 * test tokens of the demo users. Demo user "warehouse" is left alone (another test locks it).
 */
@ExtendWith(PortalBrowserExtension.class)
class SecurityAdminPortalIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Json JSON = new Json();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> ROLES = List.of("ADMIN", "MANAGER", "SALES", "WAREHOUSE", "PROCUREMENT", "FINANCE",
            "COMPLIANCE", "INTEGRATION");

    @Test
    @DisplayName("ADMIN sees the Security menu with users, API tokens, permissions and audit; it opens the users screen")
    void securityMenu(PortalBrowser browser) {
        browser.open("");
        WebElement menubar = browser.driver().findElement(By.id("menuForm:mainMenu"));
        WebElement security = menubar.findElements(By.cssSelector("a.ui-submenu-link")).stream()
                .filter(a -> a.getText().trim().equals("Security"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Security menu in " + menubar.getText()));
        new Actions(browser.driver()).moveToElement(security).perform();
        WebElement users = browser.driver().findElement(By.id("menuForm:menuUsers"));
        browser.await("the Users menu item shown on hovering Security", d -> users.isDisplayed());
        assertThat(List.of("menuUsers", "menuTokens", "menuPermissions", "menuAudit"))
                .allSatisfy(id -> assertThat(browser.driver().findElements(By.id("menuForm:" + id))).as(id).hasSize(1));
        users.click();

        UsersPage page = UsersPage.expect(browser);
        assertThat(page.heading()).isEqualTo("Users and roles");
        assertThat(page.rows()).extracting(Row::username).contains("admin", "finance", "integration", "compliance");
    }

    @Test
    @DisplayName("ADMIN changes the roles of 'finance' to FINANCE + MANAGER: the table and GET /api/v1/me show it; then FINANCE again")
    void adminChangesRolesOfFinance(PortalBrowser browser) {
        try {
            UsersPage users = UsersPage.open(browser);
            Row before = users.row("finance").orElseThrow(() -> new AssertionError("no demo user finance"));
            assertThat(before.roleSet()).containsExactly("FINANCE");
            assertThat(before.displayName()).isEqualTo("Fay Finance");
            assertThat(before.enabled()).isEqualTo("yes");

            users.changeRoles("finance", Set.of("FINANCE", "MANAGER"));
            assertThat(users.awaitGrowl("Roles of finance saved")).anySatisfy(t -> assertThat(t).contains("MANAGER, FINANCE"));
            assertThat(users.rowMessage("finance")).as("no error beside the row").isEmpty();
            assertThat(users.row("finance").orElseThrow().roles()).isEqualTo("MANAGER, FINANCE");
            // Stored, not just shown: a new page and the user's own profile over the API agree.
            assertThat(UsersPage.open(browser).row("finance").orElseThrow().roleSet()).containsExactlyInAnyOrder("FINANCE", "MANAGER");
            Map<String, Object> me = me(SystemUnderTest.token("FINANCE"));
            assertThat(strings(me.get("roles"))).containsExactlyInAnyOrder("FINANCE", "MANAGER");
            assertThat(strings(me.get("permissions"))).as("MANAGER's catalog:create now effective").contains("catalog:create");

            users = UsersPage.open(browser);
            users.changeRoles("finance", Set.of("FINANCE"));
            users.awaitGrowl("Roles of finance saved: FINANCE.");
            assertThat(users.row("finance").orElseThrow().roles()).isEqualTo("FINANCE");
            assertThat(strings(me(SystemUnderTest.token("FINANCE")).get("roles"))).containsExactly("FINANCE");
        } finally {
            restoreRoles("finance", "FINANCE");
        }
    }

    @Test
    @DisplayName("ADMIN issues a token for 'integration': shown once, works on GET /api/v1/me; revoked in the page, the call gets 401")
    void adminIssuesAndRevokesToken(PortalBrowser browser) {
        String client = "SecurityAdminPortalIT " + UUID.randomUUID().toString().substring(0, 8);
        TokensPage issuing = TokensPage.open(browser);
        assertThat(issuing.issuedToken()).as("no token box before issuing").isEmpty();

        Instant issuedAround = Instant.now();
        issuing.issue("integration", client, "7");
        String token = issuing.issuedToken().orElseThrow(() -> new AssertionError("no token shown after issuing; messages "
                + issuing.globalMessages() + " / " + issuing.fieldMessage("clientName") + " / " + issuing.fieldMessage("validityDays")));
        assertThat(token).as("256 random bits, URL-safe Base64").matches("[A-Za-z0-9_-]{43}");
        assertThat(issuing.issuedTokenBoxText())
                .contains("shown only this once")
                .contains(client)
                .contains("integration");

        TokensPage.Row row = issuing.rowOfClient(client).orElseThrow(() -> new AssertionError("token of " + client + " not listed"));
        assertThat(row.user()).isEqualTo("integration");
        assertThat(row.createdBy()).isEqualTo("admin");
        assertThat(row.status()).isEqualTo("active");
        assertThat(row.revoked()).isEmpty();
        assertThat(row.canRevoke()).isTrue();
        Instant expires = LocalDateTime.parse(row.expires(), UTC).toInstant(ZoneOffset.UTC);
        assertThat(expires).isBetween(issuedAround.plus(Duration.ofDays(7)).minusSeconds(120),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
        assertThat(issuing.pageSource()).as("the table never shows a token").containsOnlyOnce(token);

        HttpResponse<String> call = getMe(token);
        assertThat(call.statusCode()).as("GET /api/v1/me with the new token: %s", call.body()).isEqualTo(200);
        assertThat(parse(call.body()).get("username")).isEqualTo("integration");

        // Shown once: the screen opened again has no trace of it.
        TokensPage tokens = TokensPage.open(browser);
        assertThat(tokens.issuedToken()).isEmpty();
        assertThat(tokens.pageSource()).doesNotContain(token);
        assertThat(tokens.rowOfClient(client)).isPresent();

        tokens.revoke(client);
        tokens.awaitGrowl("Token " + row.id() + " is revoked");
        TokensPage.Row revoked = tokens.rowOfClient(client).orElseThrow();
        assertThat(revoked.status()).isEqualTo("revoked");
        assertThat(revoked.revoked()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(revoked.canRevoke()).isFalse();

        HttpResponse<String> refused = getMe(token);
        assertThat(refused.statusCode()).as("GET /api/v1/me with the revoked token: %s", refused.body()).isEqualTo(401);
        assertThat(refused.body()).contains("revoked");
    }

    @Test
    @DisplayName("the token form shows messages beside the fields and issues nothing for a missing user, client name or a bad validity")
    void tokenFormValidation(PortalBrowser browser) {
        TokensPage tokens = TokensPage.open(browser);
        int before = tokens.rows().size();

        tokens.issue(null, "", "0");
        assertThat(tokens.fieldMessage("username")).contains("Choose the user");
        assertThat(tokens.fieldMessage("clientName")).contains("Give the client a name");
        assertThat(tokens.fieldMessage("validityDays")).contains("1 to 366");
        assertThat(tokens.issuedToken()).isEmpty();

        tokens.issue("integration", "validation check", "367");
        assertThat(tokens.fieldMessage("validityDays")).contains("1 to 366");
        assertThat(tokens.fieldMessage("username")).isEmpty();
        assertThat(tokens.fieldMessage("clientName")).isEmpty();
        assertThat(tokens.issuedToken()).isEmpty();

        tokens.issue("integration", "validation check", "ninety");
        assertThat(tokens.fieldMessage("validityDays")).contains("whole number");
        assertThat(tokens.issuedToken()).isEmpty();
        assertThat(TokensPage.open(browser).rows()).as("no token issued").hasSize(before);
    }

    @Test
    @DisplayName("the permission matrix shows catalog:view for SALES; a click grants catalog:create to SALES (GET /api/v1/me), a second withdraws it")
    void permissionMatrix(PortalBrowser browser) {
        PermissionsPage page = PermissionsPage.open(browser);
        assertThat(page.isReadOnly()).isFalse();
        assertThat(page.headers()).containsExactlyElementsOf(concat("Permission", ROLES));
        Map<String, Map<String, Cell>> grid = page.grid();
        assertThat(grid.keySet()).contains("catalog:view", "catalog:create", "catalog:import", "security:view",
                "security:administer", "audit:view");
        assertThat(grid.values()).allSatisfy(cells -> assertThat(cells.keySet()).containsExactlyElementsOf(ROLES));
        assertThat(page.cell("catalog:view", "SALES").granted()).as("catalog:view for SALES").isTrue();
        assertThat(page.cell("catalog:import", "SALES").granted()).as("catalog:import for SALES").isFalse();
        assertThat(page.cell("audit:view", "COMPLIANCE").granted()).isTrue();
        assertThat(page.cell("security:view", "COMPLIANCE").granted()).isFalse();
        assertThat(page.cell("security:administer", "ADMIN")).as("ADMIN keeps security:administer")
                .isEqualTo(new Cell(true, true));
        assertThat(page.cell("catalog:create", "SALES")).isEqualTo(new Cell(false, false));

        try {
            page.toggle("catalog:create", "SALES");
            page.awaitGrowl("Granted catalog:create to SALES.");
            assertThat(page.cell("catalog:create", "SALES").granted()).isTrue();
            assertThat(PermissionsPage.open(browser).cell("catalog:create", "SALES").granted()).as("stored").isTrue();
            assertThat(strings(me(SystemUnderTest.token("SALES")).get("permissions"))).contains("catalog:create");
        } finally {
            PermissionsPage again = PermissionsPage.open(browser);
            if (again.cell("catalog:create", "SALES").granted()) {
                again.toggle("catalog:create", "SALES");
                again.awaitGrowl("Withdrew catalog:create from SALES.");
            }
        }
        assertThat(PermissionsPage.open(browser).cell("catalog:create", "SALES").granted()).isFalse();
        assertThat(strings(me(SystemUnderTest.token("SALES")).get("permissions"))).doesNotContain("catalog:create");
    }

    /** COMPLIANCE holds audit:view but not security:view. */
    @Nested
    @SignedInAs("COMPLIANCE")
    @DisplayName("signed in as COMPLIANCE")
    class AsCompliance {

        @Test
        @DisplayName("the Security menu offers only the audit; users, tokens and permissions show the permission message, not an error page")
        void refusedScreensShowMessage(PortalBrowser browser) {
            browser.open("");
            assertThat(browser.driver().findElements(By.id("menuForm:menuAudit"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("menuForm:menuUsers"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("menuForm:menuTokens"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("menuForm:menuPermissions"))).isEmpty();

            UsersPage users = UsersPage.open(browser);
            assertThat(users.isErrorPage()).isFalse();
            assertThat(users.globalMessages()).containsExactly("You do not have permission security:view.");
            assertThat(users.showsUsers()).isFalse();
            // the page's content (not the menu, which shows the modules this role may use) names no user
            String content = users.pageSource().substring(users.pageSource().indexOf("<main"));
            assertThat(content).doesNotContain("Exception").doesNotContain("finance");

            TokensPage tokens = TokensPage.open(browser);
            assertThat(tokens.isErrorPage()).isFalse();
            assertThat(tokens.globalMessages()).containsExactly("You do not have permission security:view.");
            assertThat(tokens.showsTokens()).isFalse();

            PermissionsPage permissions = PermissionsPage.open(browser);
            assertThat(permissions.isErrorPage()).isFalse();
            assertThat(permissions.globalMessages()).containsExactly("You do not have permission security:view.");
            assertThat(permissions.showsMatrix()).isFalse();
        }

        @Test
        @DisplayName("the security audit shows LOGIN entries, newest first, and the refusal of the users screen")
        void auditTrail(PortalBrowser browser) {
            UsersPage.open(browser); // refused: recorded as PERMISSION_DENIED
            AuditPage audit = AuditPage.open(browser);
            assertThat(audit.isErrorPage()).isFalse();
            assertThat(audit.globalMessages()).isEmpty();
            assertThat(audit.showsAudit()).isTrue();

            List<AuditPage.Row> rows = audit.rows();
            assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            assertThat(rows).allSatisfy(r -> assertThat(r.time()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
            assertThat(rows.stream().map(AuditPage.Row::time).toList()).as("newest first")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.event()).isEqualTo("LOGIN");
                assertThat(r.user()).isEqualTo("compliance");
                assertThat(r.actor()).isEqualTo("compliance");
                assertThat(r.address()).isNotBlank();
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.event()).isEqualTo("PERMISSION_DENIED");
                assertThat(r.user()).isEqualTo("compliance");
                assertThat(r.detail()).contains("security:view");
            });
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) Objects.requireNonNull(list);
    }

    private static Map<String, Object> me(String token) {
        HttpResponse<String> response = getMe(token);
        assertThat(response.statusCode()).as("GET /api/v1/me: %s", response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static Map<String, Object> parse(String json) {
        return Objects.requireNonNull(JSON.toType(json, new TypeToken<Map<String, Object>>() { }.getType()));
    }

    private static HttpResponse<String> getMe(String token) {
        return send(HttpRequest.newBuilder(SystemUnderTest.app().resolve("api/v1/me"))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET());
    }

    /** Puts the user's roles back through the REST API with the ADMIN test token, whatever the page did. */
    private static void restoreRoles(String username, String... roles) {
        String body = "{\"roles\":[" + String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()) + "]}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(SystemUnderTest.app().resolve("api/v1/security/users/"
                        + username + "/roles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SystemUnderTest.token("ADMIN"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as("restoring the roles of %s: %s", username, response.body()).isEqualTo(204);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        URI uri = request.build().uri();
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + uri, e);
        }
    }
}
