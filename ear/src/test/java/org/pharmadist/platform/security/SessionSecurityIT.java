package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.pharmadist.catalog.portal.ProductListPage;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.DemoUsers;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * Portal session security in headless Chromium plus raw HTTP: a new session id at login (no session
 * fixation), HttpOnly and SameSite cookies, the login lives in the session (logout or a lost session
 * signs out; an Ajax request then lands on the login page), a forged form POST without the page's
 * ViewState is not processed and its refusal reveals no internals nor ties up a server thread, and the
 * page asked for before signing in is opened after it (local targets only).
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("")
class SessionSecurityIT {

    private static final String ROLE = "SALES";
    private static final String COOKIE = "JSESSIONID";
    /** The product table's empty message: shown only when a search ran and found nothing. */
    private static final String NO_MATCH = "No products match.";
    /** Speaks HTTP/1.1 as browsers do on plain http (no h2c upgrade). */
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginIssuesANewSessionIdAndTheOldOneIsWorthless(PortalBrowser browser) {
        browser.open("login.xhtml");
        Set<Cookie> before = browser.driver().manage().getCookies();
        Cookie sessionBefore = browser.driver().manage().getCookieNamed(COOKIE);
        assertThat(sessionBefore).as("session cookie of the login page").isNotNull();
        assertThat(rawGet("index.xhtml", before).statusCode()).as("pre-login session, signed out").isIn(302, 303);

        browser.signIn(ROLE);
        Set<Cookie> after = browser.driver().manage().getCookies();
        Cookie sessionAfter = browser.driver().manage().getCookieNamed(COOKIE);
        assertThat(sessionAfter).as("session cookie after login, cookies " + names(after)).isNotNull();
        assertThat(sessionAfter.getValue()).as("session id after login").isNotEqualTo(sessionBefore.getValue());

        HttpResponse<String> withNew = rawGet("index.xhtml", after);
        assertThat(withNew.statusCode()).as("the browser's cookies " + names(after) + " are signed in").isEqualTo(200);
        assertThat(withNew.body()).contains("(" + DemoUsers.username(ROLE) + ")");
        // An attacker who planted the pre-login session id holds just that cookie: it must not be signed in.
        HttpResponse<String> withOld = rawGet("index.xhtml", Set.of(sessionBefore));
        assertThat(withOld.statusCode()).as("the pre-login session id must not be signed in (fixation)").isIn(302, 303);
        assertThat(withOld.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite(PortalBrowser browser) {
        HttpResponse<String> login = rawGet("login.xhtml", Set.of());
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> sessionCookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "=")).toList();
        assertThat(sessionCookies).as("Set-Cookie of the login page: " + login.headers().allValues("Set-Cookie")).isNotEmpty();
        for (String cookie : sessionCookies) {
            Map<String, String> attributes = cookieAttributes(cookie);
            assertThat(attributes).as(cookie).containsKey("httponly");
            assertThat(attributes.get("samesite")).as(cookie).isEqualToIgnoringCase("Lax");
        }

        browser.open("login.xhtml");
        browser.signIn(ROLE);
        Set<Cookie> cookies = browser.driver().manage().getCookies();
        assertThat(cookies).extracting(Cookie::getName).contains(COOKIE);
        // Every cookie that carries the signed-in state (the session id, and any SSO cookie of the server).
        assertThat(cookies).allSatisfy(c -> {
            assertThat(c.isHttpOnly()).as(c.getName() + " HttpOnly").isTrue();
            assertThat(c.getSameSite()).as(c.getName() + " SameSite").isEqualToIgnoringCase("Lax");
        });
        assertThat(browser.<Object>script("return document.cookie;").toString()).as("scripts cannot read the cookies").isEmpty();
    }

    @Test
    void thePortalSessionOpensNoApi(PortalBrowser browser) {
        browser.open("login.xhtml");
        browser.signIn(ROLE);
        Set<Cookie> signedIn = browser.driver().manage().getCookies();
        assertThat(rawGet("index.xhtml", signedIn).statusCode()).as("the portal is open with " + names(signedIn)).isEqualTo(200);
        // REST and SOAP take bearer tokens only: the browser's cookies (session, any server SSO cookie) open nothing.
        assertThat(rawGet("api/v1/me", signedIn).statusCode()).as("REST with the portal cookies " + names(signedIn))
                .isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession(PortalBrowser browser) {
        browser.open("login.xhtml");
        browser.signIn(ROLE);
        Set<Cookie> signedIn = browser.driver().manage().getCookies();
        assertThat(rawGet("index.xhtml", signedIn).statusCode()).as("signed in with " + names(signedIn)).isEqualTo(200);
        long auditBefore = RoleMatrixIT.latestAuditId();

        LockoutIT.markPage(browser);
        browser.driver().findElement(By.id("sessionForm:logout")).click();
        LockoutIT.awaitNewPage(browser, "the page after logout");
        browser.await("login page after logout", d -> d.getCurrentUrl().contains("/login.xhtml?loggedOut=true"));
        assertThat(browser.driver().findElement(By.id("loggedOutNotice")).getText()).contains("You have signed out");

        browser.open("");
        assertThat(browser.driver().getCurrentUrl()).as("the root after logout").contains("/login.xhtml?continue=");
        assertThat(browser.driver().findElements(By.id("sessionForm:currentUser"))).isEmpty();
        // Cookies copied before the logout (e.g. by someone at a shared computer) open nothing afterwards.
        HttpResponse<String> old = rawGet("index.xhtml", signedIn);
        assertThat(old.statusCode()).as("replaying the cookies " + names(signedIn) + " of before the logout").isIn(302, 303);

        assertThat(RoleMatrixIT.auditSince(auditBefore)).as("audit after logout")
                .anySatisfy(e -> {
                    assertThat(e.getString("event")).isEqualTo("LOGOUT");
                    assertThat(e.getString("username")).isEqualTo(DemoUsers.username(ROLE));
                });
    }

    @Test
    void ajaxRequestAfterTheSessionIsGoneLandsOnTheLoginPage(PortalBrowser browser) {
        browser.open("login.xhtml");
        browser.signIn(ROLE);
        ProductListPage.open(browser);
        browser.driver().manage().deleteCookieNamed(COOKIE);
        // The login must live in the session: the cookies left over (without the session id) open nothing.
        Set<Cookie> left = browser.driver().manage().getCookies();
        assertThat(rawGet("index.xhtml", left).statusCode())
                .as("cookies without the session id " + names(left) + " must not be signed in (else the login outlives "
                        + "the session and its 30 min idle timeout)").isIn(302, 303);

        browser.driver().findElement(By.id("productsForm:search")).sendKeys("heparin");
        browser.await("the login page after the ajax request without a session",
                d -> d.getCurrentUrl().contains("/login.xhtml?expired=true"));
        WebElement notice = browser.await("the expired-session notice",
                d -> d.findElements(By.id("expiredNotice")).stream().findFirst().orElse(null));
        assertThat(notice.getText()).contains("Your session has expired");
        assertThat(browser.driver().findElement(By.id("loginForm:username")).isDisplayed()).isTrue();
    }

    @Test
    void forgedPostWithoutThePagesViewStateIsNotProcessed(PortalBrowser browser) {
        browser.open("login.xhtml");
        browser.signIn(ROLE);
        ProductListPage.open(browser);
        Set<Cookie> session = browser.driver().manage().getCookies();
        String viewState = browser.driver().findElement(By.cssSelector("#productsForm input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        assertThat(viewState).isNotBlank();

        // Forged cross-site POSTs (plain HTML forms: the victim's cookies go along, custom headers cannot), once as a
        // full-page submit and once with the fields of the page's Ajax search; the attacker cannot know the ViewState.
        String probe = "zz-csrf-probe-no-such-product";
        Map<String, HttpResponse<String>> forged = new LinkedHashMap<>();
        forged.put("page submit, forged ViewState", rawPost(ProductListPage.PATH, session, search(probe, "forged-value", false)));
        forged.put("page submit, no ViewState", rawPost(ProductListPage.PATH, session, search(probe, null, false)));
        forged.put("ajax fields, forged ViewState", rawPost(ProductListPage.PATH, session, search(probe, "forged-value", true)));
        forged.put("ajax fields, no ViewState", rawPost(ProductListPage.PATH, session, search(probe, null, true)));
        forged.forEach((what, r) -> {
            assertThat(r.body()).as(what + " (HTTP " + r.statusCode() + "): the search must not have run")
                    .doesNotContain(probe).doesNotContain(NO_MATCH);
            assertThat(r.body()).as(what + ": no stack trace").doesNotContain("\tat ").doesNotContain("at org.")
                    .doesNotContain("at java.");
        });
        HttpResponse<String> forgedState = forged.get("page submit, forged ViewState");
        assertThat(forgedState.statusCode()).as("a page submit with a forged ViewState is refused, not rendered as a success")
                .isNotEqualTo(200);
        if (forgedState.statusCode() >= 400) {
            assertThat(forgedState.body()).as("the error page").contains("Something went wrong").doesNotContain("productsForm");
        }

        // Control: the same Ajax fields with the page's own ViewState do run the search (so the checks above can fail).
        HttpResponse<String> genuine = rawPost(ProductListPage.PATH, session, search(probe, viewState, true));
        assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
        assertThat(genuine.body()).as("search with the page's ViewState").contains(NO_MATCH);
    }

    @Test
    void refusedAjaxPostNamesNoJavaExceptionInItsAnswer(PortalBrowser browser) {
        browser.open("login.xhtml");
        browser.signIn(ROLE);
        ProductListPage.open(browser);
        Set<Cookie> session = browser.driver().manage().getCookies();
        // The search's Ajax request with a ViewState that is not the page's (forged, or of a view long gone).
        HttpResponse<String> r = rawPost(ProductListPage.PATH, session, search("heparin", "forged-value", true));
        assertThat(r.body()).as("HTTP " + r.statusCode() + ": the answer must not reveal implementation details")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("Illegal base64")
                .doesNotContain("<error-name>");
    }

    /** The product search form's fields, as a full-page submit or as its Ajax request; without ViewState when null. */
    private static Map<String, String> search(String text, String viewState, boolean ajax) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productsForm", "productsForm");
        form.put("productsForm:search", text);
        if (ajax) {
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "productsForm:search");
            form.put("jakarta.faces.partial.execute", "productsForm:search");
            form.put("jakarta.faces.partial.render", "productsForm:products");
            form.put("jakarta.faces.behavior.event", "keyup");
            form.put("jakarta.faces.partial.event", "keyup");
        }
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    @Test
    void forgedPostIsAnsweredPromptlyAlsoWhenTheClientAsksForAnH2cUpgrade() {
        // Anonymous, to the public login page: a refused POST must not tie up a server thread, whatever the
        // client's protocol. Java's HttpClient asks plain-http servers to upgrade to HTTP/2 (h2c) on a new connection.
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
            HttpClient client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String body = "loginForm=loginForm&loginForm%3Ausername=admin&loginForm%3Apassword=x"
                    + "&jakarta.faces.ViewState=forged-value";
            HttpResponse<String> r;
            try {
                r = client.send(HttpRequest.newBuilder(SystemUnderTest.app().resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException e) {
                throw new AssertionError("forged POST to the login page over " + version + ": no answer within 20 s "
                        + "(a server thread is stuck)", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            assertThat(r.statusCode()).as(version + ": " + r.body()).isNotEqualTo(200);
            AnonymousAccessIT.assertNoInternals(r.body());
        }
    }

    @Test
    void afterSigningInTheRequestedPageOpensButNeverAnotherSite(PortalBrowser browser) {
        browser.open(ProductListPage.PATH);
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml?continue=");
        browser.signIn(ROLE);
        ProductListPage.expect(browser);

        browser.resetSession();
        browser.open("login.xhtml?continue=" + URLEncoder.encode("//evil.example/phish", StandardCharsets.UTF_8));
        browser.signIn(ROLE);
        URI landed = URI.create(browser.driver().getCurrentUrl());
        assertThat(landed.getHost()).isEqualTo(SystemUnderTest.app().getHost());
        assertThat(landed.getPort()).isEqualTo(SystemUnderTest.app().getPort());
        assertThat(landed.getPath()).doesNotContain("phish");
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> cookieAttributes(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toMap(s -> s.split("=", 2)[0].toLowerCase(Locale.ROOT),
                        s -> s.contains("=") ? s.split("=", 2)[1] : "", (a, b) -> a, LinkedHashMap::new));
    }

    private static String names(Set<Cookie> cookies) {
        return cookies.stream().map(Cookie::getName).sorted().toList().toString();
    }

    /** GET with exactly these cookies (none for an empty set). */
    private static HttpResponse<String> rawGet(String path, Set<Cookie> cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(SystemUnderTest.app().resolve(path)).GET();
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookieHeader(cookies));
        }
        return send(b);
    }

    private static String cookieHeader(Set<Cookie> cookies) {
        return cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** A cross-site form POST: the browser would send the victim's cookies along, but no page content. */
    private static HttpResponse<String> rawPost(String path, Set<Cookie> cookies, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(SystemUnderTest.app().resolve(path))
                .header("Cookie", cookieHeader(cookies))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return RAW.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
