package org.pharmadist.catalog.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the product detail ({@code catalog/product.xhtml?ndc=...}): the product's name
 * ({@code h1#productName}) and fields (elements whose ids end in ndc11, gtin14, deaSchedule, nadac), or,
 * for an unknown or malformed NDC, the global messages of the layout ({@code globalMessages}).
 */
public final class ProductDetailPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "catalog/product.xhtml";

    private static final By NAME = By.id("productName");
    private static final By MESSAGES = By.cssSelector("[id$='globalMessages']");
    private static final By ERROR_PAGE = By.xpath("//h1[normalize-space()='Something went wrong']");

    private final PortalBrowser browser;

    private ProductDetailPage(PortalBrowser browser) {
        this.browser = browser;
        // Server-rendered page: loaded (readyState complete, no ajax pending) is all there is to wait for.
        browser.awaitAjaxIdle();
    }

    /** Opens the detail of an NDC (or any text) by URL. */
    public static ProductDetailPage open(PortalBrowser browser, String ndc) {
        browser.open(PATH + "?ndc=" + URLEncoder.encode(ndc, StandardCharsets.UTF_8));
        return new ProductDetailPage(browser);
    }

    /** The detail page after a link to it was clicked. */
    static ProductDetailPage expect(PortalBrowser browser, String ndc) {
        browser.await("URL of the detail of " + ndc,
                d -> Objects.requireNonNull(d.getCurrentUrl()).contains("/" + PATH) && d.getCurrentUrl().contains(ndc));
        return new ProductDetailPage(browser);
    }

    /** True when a product is shown. */
    public boolean showsProduct() {
        return !browser.driver().findElements(NAME).isEmpty();
    }

    /** The product name heading. */
    public String name() {
        return browser.driver().findElement(NAME).getText().trim();
    }

    /** NDC, 11-digit hyphenated 5-4-2. */
    public String ndc11() {
        return field("ndc11");
    }

    /** GTIN-14, or the explanation why none can be derived. */
    public String gtin14() {
        return field("gtin14");
    }

    /** DEA schedule with its source ("CII (…)"), or "not controlled". */
    public String deaSchedule() {
        return field("deaSchedule");
    }

    /** NADAC unit price as shown, empty when none. */
    public String nadac() {
        return field("nadac");
    }

    private String field(String idSuffix) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("[id$='" + idSuffix + "']"));
        if (found.isEmpty()) {
            throw new AssertionError("no element with id ending in '" + idSuffix + "' on " + browser.driver().getCurrentUrl());
        }
        return found.get(0).getText().trim();
    }

    /** Texts of the global messages (FacesMessages) shown, summary and detail. */
    public List<String> messageTexts() {
        return browser.driver().findElements(MESSAGES).stream()
                .flatMap(m -> m.findElements(By.cssSelector("li, .ui-messages-info, .ui-messages-warn, .ui-messages-error")).stream())
                .map(WebElement::getText)
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** The page title (browser tab). */
    public String title() {
        return browser.driver().getTitle();
    }

    /** The main heading, if any. */
    public Optional<String> heading() {
        return browser.driver().findElements(By.tagName("h1")).stream().map(WebElement::getText).map(String::trim).findFirst();
    }

    /** True when the generic error page ("Something went wrong") is shown instead. */
    public boolean isErrorPage() {
        return !browser.driver().findElements(ERROR_PAGE).isEmpty();
    }

    /** The page source (for "no stack trace" checks). */
    public String pageSource() {
        return browser.pageSource();
    }
}
