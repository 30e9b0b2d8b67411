package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.DemoUsers;
import org.pharmadist.platform.testserver.Http;

/**
 * Brute-force protection through the real login page in headless Chromium: the fifth wrong password
 * in a row locks the account (the page says until when), a locked account refuses even the right
 * password, an ADMIN unlock over REST lets the user in again, and every step is in the security audit.
 *
 * <p>Uses the demo user "warehouse", which no other system test signs in as.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("")
class LockoutIT {

    private static final String ROLE = "WAREHOUSE";
    private static final String INVALID = "Unknown user or wrong password.";
    private static final Pattern LOCKED = Pattern.compile(
            "the account is locked until (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) (UTC|Z|GMT)");

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt(PortalBrowser browser) {
        String user = DemoUsers.username(ROLE);
        // Start from an account without failures or earlier lockouts (the first lock then lasts 1 minute).
        assertThat(unlock(user).statusCode()).isEqualTo(204);
        long auditBefore = RoleMatrixIT.latestAuditId();

        browser.open("login.xhtml");
        for (int attempt = 1; attempt <= 4; attempt++) {
            String message = attempt(browser, user, "Wrong-Password-" + attempt);
            assertThat(message).as("message after wrong password #" + attempt).contains(INVALID).doesNotContain("locked");
        }
        Instant fifth = Instant.now();
        String locked = attempt(browser, user, "Wrong-Password-5");
        Matcher m = LOCKED.matcher(locked);
        assertThat(m.find()).as("the fifth wrong password locks the account: " + locked).isTrue();
        Instant until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).parse(m.group(1), Instant::from);
        assertThat(until).as("first lockout: one minute").isBetween(fifth.plusSeconds(50), Instant.now().plusSeconds(61));
        assertThat(lockedUntil(user)).as("users list while locked").isNotNull();

        String rightPasswordWhileLocked = attempt(browser, user, DemoUsers.password(ROLE));
        assertThat(rightPasswordWhileLocked).as("right password while locked").contains("locked until " + m.group(1));
        assertThat(browser.driver().findElements(By.id("sessionForm:currentUser"))).as("not signed in").isEmpty();
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");

        assertThat(unlock(user).statusCode()).isEqualTo(204);
        assertThat(lockedUntil(user)).as("users list after unlock").isNull();

        browser.signInWith(user, DemoUsers.password(ROLE));
        WebElement current = browser.await("signed in as " + user + " after the unlock",
                d -> d.findElements(By.id("sessionForm:currentUser")).stream().findFirst().orElse(null));
        assertThat(current.getText()).contains("(" + user + ")");

        List<JsonObject> entries = RoleMatrixIT.auditSince(auditBefore).stream()
                .filter(e -> user.equals(e.getString("username", null))).toList();
        assertThat(entries).extracting(e -> e.getString("event")).containsExactly(
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT",
                "LOGIN_WHILE_LOCKED", "UNLOCKED", "LOGIN");
        assertThat(entries).filteredOn(e -> e.getString("event").startsWith("LOGIN"))
                .allSatisfy(e -> assertThat(e.getString("remoteAddr", null)).as("client address of " + e).isNotBlank());
        assertThat(entries).filteredOn(e -> e.getString("event").equals("UNLOCKED"))
                .singleElement().satisfies(e -> assertThat(e.getString("actor")).isEqualTo(DemoUsers.username("ADMIN")));
        assertThat(entries.toString()).as("no password in the audit")
                .doesNotContain("Wrong-Password").doesNotContain(DemoUsers.password(ROLE));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword(PortalBrowser browser) {
        browser.open("login.xhtml");
        String message = attempt(browser, "no-such-user-" + System.nanoTime(), "Whatever-Password-1");
        assertThat(message).contains(INVALID).doesNotContain("locked");
        assertThat(browser.driver().findElements(By.id("sessionForm:currentUser"))).isEmpty();
    }

    /** Submits the login form and returns the page text once the answer page has replaced the form. */
    private static String attempt(PortalBrowser browser, String username, String password) {
        markPage(browser);
        browser.signInWith(username, password);
        awaitNewPage(browser, "the login answer page");
        return browser.await("the login page with a message",
                d -> d.findElements(By.cssSelector("#loginForm .ui-message-error")).isEmpty() ? null
                        : d.findElement(By.tagName("main")).getText());
    }

    /** Marks the current document, so that {@link #awaitNewPage} can tell when another one has replaced it. */
    static void markPage(PortalBrowser browser) {
        browser.script("window.__pdOldPage = true;");
    }

    /** Waits until the marked document has been replaced by a new, loaded one. */
    static void awaitNewPage(PortalBrowser browser, String description) {
        browser.await(description, d -> {
            try {
                return Boolean.TRUE.equals(browser.script(
                        "return document.readyState === 'complete' && window.__pdOldPage === undefined;"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false; // the old document went away while asking
            }
        });
        browser.awaitAjaxIdle();
    }

    private static HttpResponse<String> unlock(String user) {
        return Http.postAs("ADMIN", "api/v1/security/users/" + user + "/unlock", "application/json", "");
    }

    /** lockedUntil of the user in the ADMIN users list, or null. */
    private static String lockedUntil(String user) {
        HttpResponse<String> r = Http.getAs("ADMIN", "api/v1/security/users");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject u = AnonymousAccessIT.parse("{\"u\":" + r.body() + "}").getJsonArray("u").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("username").equals(user)).findFirst().orElseThrow();
        return u.containsKey("lockedUntil") && !u.isNull("lockedUntil") ? u.getString("lockedUntil") : null;
    }
}
