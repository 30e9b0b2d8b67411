package org.pharmadist.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.sales.SalesFixtures.ok;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.Http;

/**
 * Orders, shipments and payment in headless Chromium, each step by the role that does it: SALES accepts a sent
 * quotation and creates the order from it, confirms it (FEFO allocation shown per line); WAREHOUSE creates the
 * shipment, sees the pick list by lot and location and confirms it; FINANCE finds the invoice the shipment produced
 * and records the payment that settles it. Direct order entry shows a bad quantity beside its field, and a credit
 * hold is released by FINANCE with a written reason.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("SALES")
class SalesOrderPortalIT {

    private static String priceList;

    @BeforeAll
    static void stock() {
        priceList = SalesFixtures.priceList();
        SalesFixtures.receiveHeparin(SalesFixtures.warehouse(), "PORTAL" + SalesFixtures.RUN, LocalDate.now().plusDays(500), 200);
    }

    @Test
    @DisplayName("quotation accepted -> order created and confirmed (allocated) -> shipment picked and confirmed -> invoice paid")
    void quotationToPaidInvoice(PortalBrowser browser) {
        String name = "Portal Order Hospital " + SalesFixtures.RUN;
        long customer = SalesFixtures.customer(name, priceList, null);
        JsonObject q = SalesFixtures.exampleQuotation(customer);
        long qid = q.getJsonNumber("id").longValue();
        ok(Http.post("api/v1/sales/quotations/" + qid + "/send", "application/json", "{\"version\":" + q.getInt("version") + "}"), 200);

        // SALES: accept, then create the order from it
        browser.open("sales/quotation.xhtml?id=" + qid);
        click(browser, "editor:accept");
        assertThat(text(browser, "editor:status")).isEqualTo("ACCEPTED");
        browser.driver().findElement(By.id("editor:customerPoReference")).sendKeys("PO-PORTAL-" + SalesFixtures.RUN);
        browser.driver().findElement(By.id("editor:createOrder")).click();
        browser.await("order page", d -> d.findElements(By.id("order:number")).stream().findFirst().orElse(null));
        assertThat(text(browser, "order:status")).isEqualTo("DRAFT");
        assertThat(text(browser, "order:sourceQuotation")).isEqualTo(q.getString("number"));
        assertThat(text(browser, "order:poReference")).isEqualTo("PO-PORTAL-" + SalesFixtures.RUN);
        assertThat(text(browser, "order:grandTotal")).isEqualTo("6,527.81");
        String orderNumber = text(browser, "order:number");
        String orderUrl = browser.driver().getCurrentUrl();

        click(browser, "order:confirm");
        assertThat(text(browser, "order:status")).isEqualTo("CONFIRMED");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-status")).getText()).isEqualTo("ALLOCATED");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-allocated")).getText()).isEqualTo("16 EA");
        assertThat(browser.driver().findElements(By.id("order:createShipment"))).as("SALES may not ship").isEmpty();

        // WAREHOUSE: create the shipment, pick by lot and location, confirm
        switchTo(browser, "WAREHOUSE");
        browser.driver().get(orderUrl);
        browser.await("order page", d -> d.findElements(By.id("order:createShipment")).stream().findFirst().orElse(null)).click();
        browser.await("shipment page", d -> d.findElements(By.id("shipment:number")).stream().findFirst().orElse(null));
        String shipmentNumber = text(browser, "shipment:number");
        assertThat(shipmentNumber).matches("SH-\\d{4}-\\d{6}");
        assertThat(text(browser, "shipment:status")).isEqualTo("OPEN");
        List<WebElement> lots = browser.driver().findElements(By.cssSelector(".pd-pick-lot"));
        assertThat(lots).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".pd-pick-quantity")).stream()
                .map(e -> new java.math.BigDecimal(e.getText().split(" ")[0])).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("16");
        click(browser, "shipment:confirmShipment");
        assertThat(text(browser, "shipment:status")).isEqualTo("SHIPPED");
        assertThat(text(browser, "shipment:shipDate")).isNotBlank();
        browser.driver().get(orderUrl);
        browser.await("order shipped", d -> "SHIPPED".equals(d.findElement(By.id("order:status")).getText()) ? true : null);
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-shipped")).getText()).isEqualTo("16 EA");

        // FINANCE: the invoice of the shipment, paid in full from the payment page
        JsonObject invoice = browser.await("invoice of " + shipmentNumber, d -> json(Http.get("api/v1/finance/invoices?customer="
                + customer + "&limit=10")).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> shipmentNumber.equals(i.getString("shipmentNumber", null))).findFirst().orElse(null));
        assertThat(invoice.getJsonNumber("grandTotal").bigDecimalValue()).isEqualByComparingTo("6527.81");
        switchTo(browser, "FINANCE");
        browser.open("finance/payment.xhtml?customer=" + customer);
        browser.await("open invoice", d -> d.findElements(By.cssSelector(".pd-open-number")).stream()
                .filter(e -> e.getText().equals(invoice.getString("number"))).findFirst().orElse(null));
        type(browser, "paymentForm:amount", "6527.81");
        type(browser, "paymentForm:open:0:allocation", "6527.81");
        type(browser, "paymentForm:reference", "PORTAL-PAID-" + SalesFixtures.RUN);
        click(browser, "paymentForm:save");
        browser.await("recorded payment", d -> d.findElements(By.id("paymentForm:recordedNumber")).stream().findFirst().orElse(null));
        assertThat(text(browser, "paymentForm:recordedAllocated")).isEqualTo("6,527.81");
        JsonObject paid = json(Http.get("api/v1/finance/invoices/" + invoice.getString("number")));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getString("orderNumber")).isEqualTo(orderNumber);
        assertThat(paid.getJsonNumber("openBalance").bigDecimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("direct order entry: a quantity that is not a number is shown beside the quantity field, nothing added")
    void directOrderBadQuantityBesideTheField(PortalBrowser browser) {
        long customer = SalesFixtures.customer("Portal Direct Clinic " + SalesFixtures.RUN, priceList, null);
        startOrder(browser, customer);
        chooseProduct(browser, SalesFixtures.HEPARIN_NDC11);
        typeLive(browser, "order:quantity", "lots");
        click(browser, "order:addLineButton");
        WebElement message = browser.await("quantity message", d -> {
            WebElement m = d.findElement(By.id("order:quantityMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(message.getText()).contains("quantity");
        assertThat(browser.driver().findElement(By.id("order:quantity")).findElement(By.xpath("ancestor::tr[1]")).getText())
                .contains(message.getText());
        assertThat(browser.driver().findElements(By.cssSelector(".pd-line-ndc"))).as("no line added").isEmpty();

        typeLive(browser, "order:quantity", "2");
        click(browser, "order:addLineButton");
        assertThat(browser.driver().findElements(By.cssSelector(".pd-line-ndc"))).hasSize(1);
        assertThat(text(browser, "order:netTotal")).isEqualTo("696.70");
    }

    @Test
    @DisplayName("an order over the credit limit goes ON_HOLD; FINANCE releases the hold with a reason and it is allocated")
    void creditHoldReleasedByFinance(PortalBrowser browser) {
        long customer = SalesFixtures.customer("Portal Credit Pharmacy " + SalesFixtures.RUN, priceList, null, "100.00");
        startOrder(browser, customer);
        chooseProduct(browser, SalesFixtures.HEPARIN_NDC11);
        typeLive(browser, "order:quantity", "1");
        click(browser, "order:addLineButton");
        click(browser, "order:confirm");
        assertThat(text(browser, "order:status")).isEqualTo("ON_HOLD");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-hold-kind")).getText()).isEqualTo("CREDIT");
        assertThat(browser.driver().findElements(By.id("order:holds:0:releaseHold"))).as("SALES may not release credit").isEmpty();
        String orderUrl = browser.driver().getCurrentUrl();

        switchTo(browser, "FINANCE");
        browser.driver().get(orderUrl);
        browser.await("release button", d -> d.findElements(By.id("order:holds:0:releaseHold")).stream().findFirst().orElse(null));
        click(browser, "order:holds:0:releaseHold");
        WebElement reasonMessage = browser.await("reason message", d -> {
            WebElement m = d.findElement(By.id("order:holds:0:decisionReasonMessage"));
            return m.getText().isBlank() ? null : m;
        });
        assertThat(reasonMessage.getText()).contains("reason");
        assertThat(text(browser, "order:status")).isEqualTo("ON_HOLD");

        browser.driver().findElement(By.id("order:holds:0:decisionReason")).sendKeys("prepayment received");
        click(browser, "order:holds:0:releaseHold");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-hold-status")).getText()).isEqualTo("RELEASED");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-hold-decision")).getText()).contains("prepayment received");
        assertThat(text(browser, "order:status")).isEqualTo("CONFIRMED");
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-status")).getText()).isEqualTo("ALLOCATED");
    }

    private static void switchTo(PortalBrowser browser, String role) {
        browser.resetSession();
        browser.signIn(role);
    }

    private static void startOrder(PortalBrowser browser, long customer) {
        browser.open("sales/order.xhtml?customer=" + customer);
        browser.driver().findElement(By.id("order:startOrder")).click();
        browser.await("order page", d -> d.findElements(By.id("order:number")).stream().findFirst().orElse(null));
    }

    private static String text(PortalBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Types into a plain field (no ajax). */
    private static void type(PortalBrowser browser, String id, String value) {
        browser.awaitAjaxIdle();
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    /** Types into a field whose delayed keyup sends an ajax request (the live preview) and waits for it to complete. */
    private static void typeLive(PortalBrowser browser, String id, String value) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
        browser.awaitAjaxAfter(before);
    }

    /** Types the product's code, waits for the suggestions, and closes them (Escape) so they cover nothing below. */
    private static void chooseProduct(PortalBrowser browser, String code) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        WebElement input = browser.driver().findElement(By.id("order:product_input"));
        input.clear();
        input.sendKeys(code);
        browser.awaitAjaxAfter(before);
        By panel = By.id("order:product_panel");
        browser.await("product suggestions for " + code, d -> !d.findElements(panel).isEmpty() && d.findElement(panel).isDisplayed());
        browser.driver().findElement(By.id("order:product_input")).sendKeys(Keys.ESCAPE);
        browser.await("product suggestions closed", d -> !d.findElement(panel).isDisplayed());
    }

    private static void click(PortalBrowser browser, String id) {
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).click();
        browser.awaitAjaxAfter(before);
    }
}
