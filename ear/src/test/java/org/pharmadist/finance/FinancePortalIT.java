package org.pharmadist.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.Http;

/**
 * Finance pages in headless Chromium, signed in as FINANCE: payment entry (customer pick loads the open invoices,
 * an allocation per invoice, messages beside the field they concern, the recorded payment with its allocations), the
 * aging report with its chart and overdue list, and the invoice list to detail.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("FINANCE")
class FinancePortalIT {

    @Test
    @DisplayName("payment entry: open invoices of the customer, a bad amount and a too-large allocation beside their fields, then recorded")
    void paymentEntryWithAllocation(PortalBrowser browser) {
        JsonObject open = json(Http.get("api/v1/finance/invoices?open=true&limit=1")).getJsonArray("items").getJsonObject(0);
        long customer = open.getJsonNumber("customerId").longValue();
        // opened for a customer (as from an invoice): its open invoices are listed at once, the pick shows the id
        browser.open("finance/payment.xhtml?customer=" + customer);
        WebElement firstRow = browser.await("open invoices", d -> d.findElements(By.cssSelector(".pd-open-number")).stream()
                .findFirst().orElse(null));
        assertThat(firstRow.getText()).matches("INV-\\d{4}-\\d{6}");
        BigDecimal firstOpen = new BigDecimal(browser.driver().findElement(By.cssSelector(".pd-open-balance")).getText().replace(",", ""));

        type(browser, "paymentForm:amount", "lots");
        click(browser, "paymentForm:save");
        WebElement amountMessage = browser.await("amount message", d -> {
            WebElement m = d.findElement(By.id("paymentForm:amountMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(amountMessage.getText()).contains("amount");
        assertThat(browser.driver().findElement(By.id("paymentForm:amount")).findElement(By.xpath("ancestor::tr[1]")).getText())
                .contains(amountMessage.getText());

        type(browser, "paymentForm:amount", firstOpen.add(new BigDecimal("5.00")).toPlainString());
        type(browser, "paymentForm:open:0:allocation", firstOpen.add(new BigDecimal("1.00")).toPlainString());
        click(browser, "paymentForm:save");
        WebElement allocationMessage = browser.await("allocation message", d -> {
            WebElement m = d.findElement(By.id("paymentForm:open:0:allocationMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(allocationMessage.getText()).contains("open balance");
        assertThat(browser.driver().findElements(By.id("paymentForm:recordedNumber"))).isEmpty();

        type(browser, "paymentForm:amount", "0.75");
        type(browser, "paymentForm:open:0:allocation", "0.25");
        type(browser, "paymentForm:reference", "PORTAL-IT");
        click(browser, "paymentForm:save");
        String number = browser.await("recorded payment", d -> d.findElements(By.id("paymentForm:recordedNumber")).stream()
                .findFirst().map(WebElement::getText).orElse(null));
        assertThat(number).matches("PAY-\\d{4}-\\d{6}");
        assertThat(browser.driver().findElement(By.id("paymentForm:recordedAllocated")).getText()).isEqualTo("0.25");
        assertThat(browser.driver().findElement(By.id("paymentForm:recordedCredit")).getText()).isEqualTo("0.50");
        JsonObject p = json(Http.get("api/v1/finance/payments/" + number));
        assertThat(p.getString("reference")).isEqualTo("PORTAL-IT");
        assertThat(p.getJsonArray("allocations").getJsonObject(0).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("0.25");
    }

    @Test
    @DisplayName("aging report: buckets per customer with totals, a bar chart, the overdue list; a bad date beside the field")
    void agingReportWithChart(PortalBrowser browser) {
        browser.open("finance/aging.xhtml");
        WebElement table = browser.await("aging table", d -> d.findElements(By.id("agingForm:aging")).stream().findFirst().orElse(null));
        assertThat(table.getText()).contains("Current").contains("Over 90").contains("Total (USD)");
        browser.await("chart canvas", d -> d.findElements(By.cssSelector("[id='agingForm:chart'] canvas")).stream().findFirst().orElse(null));
        assertThat(browser.driver().findElement(By.id("agingForm:overdue")).getText()).containsPattern("INV-\\d{4}-\\d{6}");

        type(browser, "agingForm:asOf", "last week");
        click(browser, "agingForm:refresh");
        WebElement m = browser.await("as-of message", d -> {
            WebElement x = d.findElement(By.id("agingForm:asOfMessage"));
            return x.getText().isBlank() ? null : x;
        });
        assertThat(m.getText()).contains("yyyy-MM-dd");
    }

    @Test
    @DisplayName("Finance menu: invoice list to invoice detail with its PDF button")
    void invoiceListToDetail(PortalBrowser browser) {
        browser.open("finance/invoices.xhtml");
        WebElement link = browser.await("invoice link", d -> d.findElements(By.cssSelector(".pd-invoice-link")).stream().findFirst().orElse(null));
        String number = link.getText();
        link.click();
        WebElement shown = browser.await("invoice page", d -> d.findElements(By.id("invoiceForm:number")).stream().findFirst().orElse(null));
        assertThat(shown.getText()).isEqualTo(number);
        assertThat(browser.driver().findElements(By.id("invoiceForm:pdf"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("invoiceForm:lines")).getText()).containsPattern("\\d{5}-\\d{4}-\\d{2}");
    }

    private static void type(PortalBrowser browser, String id, String value) {
        browser.awaitAjaxIdle();
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private static void click(PortalBrowser browser, String id) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).click();
        browser.awaitAjaxAfter(before);
    }
}
