package org.pharmadist.platform.security.portal;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * What the security administration pages ({@code security/*.xhtml}) have in common: the layout's
 * global messages (where a refusal such as "You do not have permission security:view." appears), the
 * page's growl (success messages of ajax actions), messages beside fields, and the generic error page.
 */
abstract class SecurityPage {

    private static final By GLOBAL_MESSAGES = By.id("globalMessages");
    private static final By ERROR_PAGE = By.xpath("//h1[normalize-space()='Something went wrong']");

    /** Texts of the growl messages currently shown (title elements), read in one go. */
    private static final String GROWL_TEXTS = """
            var out = [];
            document.querySelectorAll('.ui-growl-item .ui-growl-title').forEach(function (e) {
              var t = e.textContent.trim(); if (t) { out.push(t); }
            });
            return out;
            """;

    protected final PortalBrowser browser;

    SecurityPage(PortalBrowser browser, String path) {
        this.browser = browser;
        browser.await("URL of " + path, d -> Objects.requireNonNull(d.getCurrentUrl()).contains("/" + path));
        browser.awaitAjaxIdle();
    }

    /** Texts of the layout's global messages (summary), e.g. a refusal of the service. */
    public List<String> globalMessages() {
        return browser.driver().findElements(GLOBAL_MESSAGES).stream()
                .flatMap(m -> m.findElements(By.cssSelector(".ui-messages-info-summary, .ui-messages-warn-summary, "
                        + ".ui-messages-error-summary, .ui-messages-fatal-summary")).stream())
                .map(WebElement::getText)
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** Texts of the growl messages shown now. */
    public List<String> growlMessages() {
        List<String> texts = browser.script(GROWL_TEXTS);
        return texts == null ? List.of() : texts;
    }

    /** Waits until a growl message containing {@code text} is shown and returns all growl texts. */
    public List<String> awaitGrowl(String text) {
        browser.await("a growl message containing '" + text + "' (shown: " + growlMessages() + ")",
                d -> growlMessages().stream().anyMatch(t -> t.contains(text)));
        return growlMessages();
    }

    /** Text of the message beside a field ({@code p:message} with this client id), "" when none. */
    public String messageText(String messageClientId) {
        List<WebElement> found = browser.driver().findElements(By.id(messageClientId));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** True when the element with this client id is on the page. */
    public boolean has(String clientId) {
        return !browser.driver().findElements(By.id(clientId)).isEmpty();
    }

    /** True when the generic error page is shown instead of the screen. */
    public boolean isErrorPage() {
        return !browser.driver().findElements(ERROR_PAGE).isEmpty();
    }

    /** The main heading. */
    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText().trim();
    }

    /** The page source as the browser has it. */
    public String pageSource() {
        return browser.pageSource();
    }
}
