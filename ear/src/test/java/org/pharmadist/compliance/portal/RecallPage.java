package org.pharmadist.compliance.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of one recall ({@code compliance/recall.xhtml?number=...}): the report fields (ids recallNumber, status,
 * coverage), the affected lots table ({@code affectedLots}: lot link {@code .pd-affected-lot}, status
 * {@code .pd-lot-status}), the Quarantine button, the Notify form (customer autocomplete) and the notices table.
 */
public final class RecallPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "compliance/recall.xhtml";

    private final PortalBrowser browser;

    private RecallPage(PortalBrowser browser) {
        this.browser = browser;
        browser.awaitAjaxIdle();
    }

    /** Opens a recall by FDA recall number. */
    public static RecallPage open(PortalBrowser browser, String recallNumber) {
        browser.open(PATH + "?number=" + URLEncoder.encode(recallNumber, StandardCharsets.UTF_8));
        return new RecallPage(browser);
    }

    /** The page after a link to it was clicked. */
    public static RecallPage expect(PortalBrowser browser, String recallNumber) {
        browser.await("recall page of " + recallNumber, d -> d.getCurrentUrl().contains("/" + PATH)
                && !d.findElements(By.id("recallNumber")).isEmpty()
                && d.findElement(By.id("recallNumber")).getText().equals(recallNumber));
        return new RecallPage(browser);
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText().trim();
    }

    /** Lot numbers of the affected lots table, in order. */
    public List<String> affectedLots() {
        return browser.driver().findElements(By.cssSelector("[id$='affectedLots'] .pd-affected-lot")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** Lot statuses of the affected lots table, in order. */
    public List<String> affectedLotStatuses() {
        return browser.driver().findElements(By.cssSelector("[id$='affectedLots'] .pd-lot-status")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** Clicks Quarantine and waits for the answer. */
    public RecallPage quarantine() {
        click("quarantineForm:quarantine");
        return this;
    }

    /** Picks the customer from the suggestions for {@code typed} and clicks Notify. */
    public RecallPage notifyCustomer(String typed, String expectedName) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        WebElement input = browser.driver().findElement(By.id("noticeForm:customer_input"));
        input.clear();
        input.sendKeys(typed);
        browser.awaitAjaxAfter(before);
        WebElement item = browser.await("customer suggestion " + expectedName, d -> d.findElements(
                By.cssSelector("[id='noticeForm:customer_panel'] li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().startsWith(expectedName)).findFirst().orElse(null));
        item.click();
        browser.await("customer chosen", d -> d.findElement(By.id("noticeForm:customer_input")).getAttribute("value")
                .startsWith(expectedName));
        input.sendKeys(Keys.TAB);
        click("noticeForm:notify");
        return this;
    }

    /** Customer names of the notices table. */
    public List<String> noticeCustomers() {
        return browser.driver().findElements(By.cssSelector(".pd-notice-customer")).stream().map(e -> e.getText().trim()).toList();
    }

    /** Text of the global messages. */
    public String messages() {
        return browser.driver().findElement(By.cssSelector("[id$='globalMessages']")).getText();
    }

    private void click(String id) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).click();
        browser.awaitAjaxAfter(before);
    }
}
