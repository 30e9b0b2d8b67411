package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;

/**
 * The quotation editor in headless Chromium, signed in as SALES: start a quotation for a customer, add the money
 * example line by NDC with the live (ajax) preview showing its amounts, see the totals, price source and ATP per
 * line, send it; a bad quantity gets its message beside the quantity field; the list shows the quotation.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("SALES")
class QuotationPortalIT {

    @Test
    @DisplayName("add the money example line: live preview and totals 5,350.66 / 1,177.15 / 6,527.81, source, ATP; send")
    void addLinesLiveTotalsAndSend(PortalBrowser browser) {
        String list = SalesFixtures.priceList();
        String name = "Portal Quote Hospital " + SalesFixtures.RUN;
        long customer = SalesFixtures.customer(name, list, null);
        start(browser, customer);
        assertThat(browser.driver().findElement(By.id("editor:customerName")).getText()).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("editor:status")).getText()).isEqualTo("DRAFT");

        chooseProduct(browser, SalesFixtures.HEPARIN_NDC11);
        type(browser, "editor:quantity", "16");
        type(browser, "editor:discount", "4");
        type(browser, "editor:taxRate", "22");
        String preview = browser.await("live line preview", d -> {
            String t = d.findElement(By.id("editor:linePreview")).getText();
            return t.contains("6,527.81") ? t : null;
        });
        assertThat(preview).contains("5,350.66 net + 1,177.15 tax = 6,527.81").contains("price list " + list);
        assertThat(browser.driver().findElement(By.id("editor:totalsPreview")).getText())
                .isEqualTo("With this line: net 5,350.66, tax 1,177.15, total 6,527.81");

        click(browser, "editor:addLineButton");
        assertThat(text(browser, "editor:netTotal")).isEqualTo("5,350.66");
        assertThat(text(browser, "editor:taxTotal")).isEqualTo("1,177.15");
        assertThat(text(browser, "editor:grandTotal")).isEqualTo("6,527.81");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-source")).getText()).isEqualTo("price list " + list);
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-price")).getText()).isEqualTo("348.35");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-atp")).getText()).matches("[0-9.]+ EA \\((enough|short)\\)");

        click(browser, "editor:send");
        assertThat(text(browser, "editor:status")).isEqualTo("SENT");
        assertThat(browser.driver().findElements(By.id("editor:accept"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("editor:addLineButton"))).isEmpty();
        assertThat(text(browser, "editor:grandTotal")).isEqualTo("6,527.81");

        browser.open("sales/quotations.xhtml");
        String number = "Q-";
        assertThat(browser.driver().findElement(By.id("quotationsForm:quotations")).getText()).contains(number);
    }

    @Test
    @DisplayName("a quantity that is not a number gets its message beside the quantity field")
    void badQuantityMessageBesideTheField(PortalBrowser browser) {
        long customer = SalesFixtures.customer("Portal Bad Qty Clinic " + SalesFixtures.RUN, SalesFixtures.priceList(), null);
        start(browser, customer);
        chooseProduct(browser, SalesFixtures.HEPARIN_NDC11);
        type(browser, "editor:quantity", "lots");
        click(browser, "editor:addLineButton");
        WebElement message = browser.await("quantity message", d -> {
            WebElement m = d.findElement(By.id("editor:quantityMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(message.getText()).contains("quantity");
        WebElement row = browser.driver().findElement(By.id("editor:quantity")).findElement(By.xpath("ancestor::tr[1]"));
        assertThat(row.getText()).contains(message.getText());
        assertThat(text(browser, "editor:grandTotal")).isEqualTo("0.00");
    }

    @Test
    @DisplayName("a prescription line for a customer without a state license is refused with the rule beside the product field")
    void licenseGateMessageBesideTheProduct(PortalBrowser browser) {
        long customer = SalesFixtures.unlicensedCustomer("Portal Unlicensed Clinic " + SalesFixtures.RUN);
        start(browser, customer);
        chooseProduct(browser, SalesFixtures.HEPARIN_NDC11);
        type(browser, "editor:quantity", "2");
        click(browser, "editor:addLineButton");
        WebElement message = browser.await("product message", d -> {
            WebElement m = d.findElement(By.id("editor:productMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(message.getText()).contains("no state pharmacy license").contains("Portal Unlicensed Clinic");
        assertThat(text(browser, "editor:grandTotal")).isEqualTo("0.00");
        assertThat(browser.driver().findElements(By.cssSelector(".pd-line-price"))).as("no line added").isEmpty();
    }

    private static void start(PortalBrowser browser, long customer) {
        browser.open("sales/quotation.xhtml?customer=" + customer);
        browser.driver().findElement(By.id("editor:startQuotation")).click();
        browser.await("quotation page", d -> d.findElements(By.id("editor:number")).stream().findFirst().orElse(null));
    }

    private static String text(PortalBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /**
     * Types into a field whose keyup (after its delay) or search sends an ajax request, and waits for that request
     * to complete; waiting only for an idle queue could return before the delayed request even starts, leaving it to
     * land in the middle of the next step.
     */
    private static void type(PortalBrowser browser, String id, String value) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
        browser.awaitAjaxAfter(before);
    }

    /** Types the product's code, waits for the suggestions, and closes them (Escape) so they cover nothing below. */
    private static void chooseProduct(PortalBrowser browser, String code) {
        type(browser, "editor:product_input", code);
        By panel = By.id("editor:product_panel");
        browser.await("product suggestions for " + code, d -> !d.findElements(panel).isEmpty() && d.findElement(panel).isDisplayed());
        browser.driver().findElement(By.id("editor:product_input")).sendKeys(Keys.ESCAPE);
        browser.await("product suggestions closed", d -> !d.findElement(panel).isDisplayed());
    }

    private static void click(PortalBrowser browser, String id) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).click();
        browser.awaitAjaxAfter(before);
    }
}
