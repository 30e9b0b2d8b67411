package org.pharmadist.catalog.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the maintenance form on the product page ({@code catalog/product.xhtml?ndc=...}, form
 * {@code editForm}): inputs by their ids, the message PrimeFaces renders right after an input (beside it), the
 * "changed by another user" box ({@code editForm:conflict}) and the read-only values above the form.
 */
public final class ProductEditPage {

    private static final String FORM = "editForm";

    private final PortalBrowser browser;

    private ProductEditPage(PortalBrowser browser) {
        this.browser = browser;
        browser.awaitAjaxIdle();
    }

    /** Opens the product page of {@code ndc}. */
    public static ProductEditPage open(PortalBrowser browser, String ndc) {
        browser.open(ProductDetailPage.PATH + "?ndc=" + URLEncoder.encode(ndc, StandardCharsets.UTF_8));
        return new ProductEditPage(browser);
    }

    /** True when the maintenance form is on the page (only for users with catalog:edit). */
    public boolean hasEditForm() {
        return !browser.driver().findElements(By.id(FORM)).isEmpty();
    }

    /** Types into a text input of the form (replacing its value). */
    public ProductEditPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id(FORM + ":" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** The current value of a text input of the form. */
    public String value(String field) {
        return browser.driver().findElement(By.id(FORM + ":" + field)).getAttribute("value");
    }

    /** Chooses an option of a PrimeFaces select (its native select {@code <id>_input} is what the form posts). */
    public ProductEditPage choose(String field, String value) {
        browser.script("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", FORM + ":" + field + "_input", value);
        return this;
    }

    /** Clicks Save and waits for the answer. */
    public ProductEditPage save() {
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(FORM + ":save")).click();
        browser.awaitAjaxAfter(before);
        return this;
    }

    /**
     * The text of the message rendered right after the field's input (beside it in the form grid), empty when
     * there is none.
     */
    public String messageBeside(String field) {
        List<WebElement> found = browser.driver().findElements(By.xpath("//*[@id='" + FORM + ":" + field
                + "']/following-sibling::*[1][contains(@class,'ui-message')]"));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** The "changed by another user" box above the form, empty when none. */
    public String conflict() {
        List<WebElement> found = browser.driver().findElements(By.id(FORM + ":conflict"));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** The read-only value shown above the form (element id ending in {@code idSuffix}). */
    public String shown(String idSuffix) {
        return browser.driver().findElement(By.cssSelector("[id$='" + idSuffix + "']")).getText().trim();
    }

    /** Texts of the global messages. */
    public List<String> globalMessages() {
        return browser.driver().findElements(By.cssSelector("[id$='globalMessages'] li, [id$='globalMessages'] .ui-messages-info-summary"))
                .stream().map(WebElement::getText).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
