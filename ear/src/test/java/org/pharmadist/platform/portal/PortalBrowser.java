package org.pharmadist.platform.portal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver} packages) driven by
 * Selenium, pointed at the portal of the server under test ({@link SystemUnderTest#app()}).
 *
 * <p>Works offline: the driver and the browser are given explicitly, so Selenium Manager never runs
 * (it would try to download them). Missing binaries fail the test with the command that installs them;
 * they never skip it. Paths can be overridden with {@code -Dportal.chromium=...} and
 * {@code -Dportal.chromedriver=...}.
 *
 * <p>Also knows how to wait for PrimeFaces ajax: {@link #ajaxCompleted()} before an action, then
 * {@link #awaitAjaxAfter(long)} waits until a request completed after it and the PrimeFaces queue is idle.
 */
public final class PortalBrowser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PortalBrowser.class.getName());

    /** How long a page or an ajax update may take before a wait fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String INSTALL_HINT =
            "install chromium chromium-driver (apt-get install -y chromium chromium-driver)";

    /** Counts completed PrimeFaces ajax requests and remembers the parameters of the last one. */
    private static final String AJAX_TRACKER = """
            if (!window.jQuery || !window.PrimeFaces || !PrimeFaces.ajax) { return -1; }
            var t = window.__pdAjaxTracker;
            if (!t) {
              t = window.__pdAjaxTracker = {done: 0, lastData: ''};
              jQuery(document).on('pfAjaxComplete.pdAjaxTracker', function (e, xhr) {
                t.done++;
                var s = xhr && xhr.pfSettings;
                t.lastData = s && typeof s.data === 'string' ? s.data : '';
              });
            }
            return t.done;
            """;

    private static final String AJAX_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            if (!window.PrimeFaces || !PrimeFaces.ajax) { return true; }
            var q = PrimeFaces.ajax.Queue;
            return q.isEmpty() && q.xhrs.length === 0;
            """;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profileDir;
    private final URI baseUrl;

    private PortalBrowser(ChromeDriverService service, ChromeDriver driver, Path profileDir, URI baseUrl) {
        this.service = service;
        this.driver = driver;
        this.profileDir = profileDir;
        this.baseUrl = baseUrl;
    }

    /** Starts headless Chromium on the portal of {@link SystemUnderTest#app()}. */
    public static PortalBrowser start() {
        return start(SystemUnderTest.app());
    }

    /** Starts headless Chromium on the portal at {@code baseUrl} (ending with "/"). */
    public static PortalBrowser start(URI baseUrl) {
        Path chromium = executable("portal.chromium", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable("portal.chromedriver", "/usr/bin/chromedriver", "ChromeDriver");
        // Belt and braces: with the driver given, Selenium Manager is skipped ("path specified in Service class").
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());

        Path profile;
        try {
            profile = Files.createTempDirectory("pharmadist-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory: " + e.getMessage(), e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--window-size=1600,1200",
                "--lang=en-US", "--user-data-dir=" + profile);
        options.setPageLoadTimeout(TIMEOUT);
        options.setScriptTimeout(TIMEOUT);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            LOG.info(() -> "Chromium " + driver.getCapabilities().getBrowserVersion() + " on " + baseUrl);
            return new PortalBrowser(service, driver, profile, baseUrl);
        } catch (SessionNotCreatedException e) {
            service.stop();
            deleteRecursively(profile);
            throw new IllegalStateException("Chromium did not start (" + chromium + " with " + chromedriver
                    + "; are the chromium and chromium-driver packages the same version?): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    private static Path executable(String property, String defaultPath, String what) {
        Path path = Path.of(System.getProperty(property, defaultPath));
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException(what + " not found at " + path + ": the portal system tests need a real "
                    + "browser; " + INSTALL_HINT + " (or give -D" + property + "=/path/to/it)");
        }
        return path;
    }

    /** The Selenium driver. */
    public WebDriver driver() {
        return driver;
    }

    /** Base URL of the portal, ending with "/". */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Navigates to a path relative to the portal base URL ("" for the root, "catalog/products.xhtml"). */
    public void open(String relativePath) {
        driver.get(baseUrl.resolve(relativePath).toString());
        awaitAjaxIdle();
    }

    /** Waits (up to {@link #TIMEOUT}) until the condition returns a non-null, non-false value; retries on stale elements. */
    public <T> T await(String description, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(description);
        return wait.until(condition);
    }

    /** Runs JavaScript in the page and returns its result. */
    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Completed PrimeFaces ajax requests in this page so far (installs the counter on first use). */
    public long ajaxCompleted() {
        Object count = script(AJAX_TRACKER);
        return count instanceof Number n ? n.longValue() : -1;
    }

    /** True when the page is loaded and no PrimeFaces ajax request is queued or in flight. */
    public boolean ajaxIdle() {
        return Boolean.TRUE.equals(script(AJAX_IDLE));
    }

    /** Waits until the page is loaded and PrimeFaces has no request queued or in flight. */
    public void awaitAjaxIdle() {
        await("page loaded and PrimeFaces ajax queue empty", d -> ajaxIdle());
        ajaxCompleted();
    }

    /**
     * Waits until at least one PrimeFaces ajax request completed after {@code before} (a value of
     * {@link #ajaxCompleted()} taken before the action) and the ajax queue is empty again.
     */
    public void awaitAjaxAfter(long before) {
        await("a PrimeFaces ajax request to complete (completed before: " + before + ")",
                d -> ajaxCompleted() > before && ajaxIdle());
    }

    /** A request parameter of the last completed PrimeFaces ajax request, or null. */
    public String lastAjaxParameter(String name) {
        return script("""
                var t = window.__pdAjaxTracker;
                return t && t.lastData ? new URLSearchParams(t.lastData).get(arguments[0]) : null;
                """, name);
    }

    /** The page source (HTML as the browser has it now). */
    public String pageSource() {
        return driver.getPageSource();
    }

    /**
     * Saves a screenshot (PNG) and the page source (HTML) as {@code <name>.png} / {@code <name>.html}
     * in {@link #evidenceDirectory()}; returns the PNG's path.
     */
    public Path saveEvidence(String name) throws IOException {
        Path dir = Files.createDirectories(evidenceDirectory());
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path png = dir.resolve(base + ".png");
        Path html = dir.resolve(base + ".html");
        try {
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (WebDriverException e) {
            LOG.warning("no screenshot: " + e.getMessage());
        }
        String source;
        try {
            source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
        } catch (WebDriverException e) {
            source = "<!-- no page source: " + e.getMessage() + " -->";
        }
        Files.writeString(html, source);
        return png;
    }

    /**
     * Where failure screenshots go: {@code -Dportal.screenshots.dir}, else {@code portal-screenshots}
     * next to the build's {@code servers} directory (ear/target), else {@code target/portal-screenshots}.
     */
    public static Path evidenceDirectory() {
        String configured = System.getProperty("portal.screenshots.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String serversDir = System.getProperty("servers.dir");
        if (serversDir != null && Path.of(serversDir).getParent() != null) {
            return Path.of(serversDir).getParent().resolve("portal-screenshots");
        }
        return Path.of("target", "portal-screenshots");
    }

    /** Starts over with no cookies (a new HTTP session on the next page). */
    public void resetSession() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Signs in through the login page as the demo user holding {@code role} and waits until the
     * portal shows the signed-in user.
     */
    public void signIn(String role) {
        signInWith(org.pharmadist.platform.testserver.DemoUsers.username(role),
                org.pharmadist.platform.testserver.DemoUsers.password(role));
        await("signed in as " + role, d -> !d.findElements(org.openqa.selenium.By.id("sessionForm:currentUser")).isEmpty());
    }

    /** Fills and submits the login form (no waiting for success: the caller checks the outcome). */
    public void signInWith(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            open("login.xhtml");
        }
        driver.findElement(org.openqa.selenium.By.id("loginForm:username")).clear();
        driver.findElement(org.openqa.selenium.By.id("loginForm:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("loginForm:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("loginForm:signIn")).click();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.warning("quitting Chromium: " + e.getMessage());
        } finally {
            service.stop();
            deleteRecursively(profileDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.fine("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
