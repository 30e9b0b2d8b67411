package org.pharmadist.crm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The CRM portal in headless Chromium, signed in as SALES: the customer form puts the DEA check-digit message beside
 * the DEA field and shows the duplicate warning naming the existing customer; the 360 page shows licenses with days to
 * expiry, records an activity and says honestly that no orders are recorded.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("SALES")
class CrmPortalIT {

    private static final int RUN = (int) (System.nanoTime() % 90_000);

    @Test
    @DisplayName("a bad DEA number gets its message beside the DEA field; corrected, the customer is saved")
    void badDeaNumberMessageBesideTheField(PortalBrowser browser) {
        browser.open("crm/customer.xhtml");
        fillCustomer(browser, "Portal Dea Pharmacy " + RUN, "5" + (RUN % 10) + "-" + String.format("%07d", RUN));
        type(browser, "customerForm:deaNumber", "AB1234564");
        browser.driver().findElements(By.cssSelector("[id='customerForm:deaSchedules'] .ui-chkbox-box")).get(0).click();
        type(browser, "customerForm:deaExpiry", LocalDate.now(ZoneId.of("America/New_York")).plusDays(300).toString());
        save(browser);

        WebElement message = browser.driver().findElement(By.id("customerForm:deaNumberMessage"));
        assertThat(message.getText()).contains("check digit");
        // beside the field: the message sits in the same form row as the DEA input
        WebElement row = browser.driver().findElement(By.id("customerForm:deaNumber")).findElement(By.xpath("ancestor::tr[1]"));
        assertThat(row.getText()).contains("check digit");
        assertThat(browser.driver().findElement(By.id("customerForm:legalNameMessage")).getText()).isBlank();

        type(browser, "customerForm:deaNumber", "AB1234563");
        save(browser);
        assertThat(browser.driver().findElement(By.id("globalMessages")).getText()).contains("saved");
        // saved: the form now changes the customer (licenses have their own page) and offers the 360 view
        assertThat(browser.driver().findElements(By.id("customerForm:deaNumber"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("customerForm:open360")).isDisplayed()).isTrue();
        JsonObject found = Http.json(Http.getAs("SALES", "api/v1/crm/customers?q=" + ("Portal Dea Pharmacy " + RUN).replace(" ", "%20")));
        assertThat(found.getJsonObject("page").getInt("total")).isEqualTo(1);
        long id = found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String licenses = Http.getAs("SALES", "api/v1/crm/customers/" + id + "/licenses").body();
        assertThat(licenses).contains("\"number\":\"AB1234563\"").contains("\"kind\":\"DEA\"");
    }

    @Test
    @DisplayName("a customer named like an existing one is saved with a warning naming the existing customer")
    void duplicateWarningIsShown(PortalBrowser browser) {
        browser.open("crm/customer.xhtml");
        fillCustomer(browser, "MERCY VALLEY REGIONAL HOSPITAL, INC.", "6" + (RUN % 10) + "-" + String.format("%07d", RUN));
        save(browser);
        WebElement warnings = browser.await("duplicate warning",
                d -> d.findElements(By.id("customerForm:duplicateWarnings")).stream().findFirst().orElse(null));
        assertThat(warnings.getText()).contains("Possible duplicate").contains("Mercy Valley Regional Hospital")
                .contains("same name");
        assertThat(browser.driver().findElement(By.id("customerForm:open360")).isDisplayed()).isTrue();
    }

    @Test
    @DisplayName("the 360 page shows licenses with days to expiry, records an activity and says no orders yet")
    void customer360ShowsLicensesAndActivities(PortalBrowser browser) {
        JsonObject page = Http.json(Http.getAs("SALES", "api/v1/crm/customers?q=liberty%20bell"));
        long id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject v = Http.json(Http.getAs("SALES", "api/v1/crm/customers/" + id + "/360"));

        browser.open("crm/customer360.xhtml?id=" + id);
        assertThat(browser.driver().findElement(By.id("customerName")).getText()).isEqualTo("Liberty Bell Apothecary");
        List<String> kinds = browser.driver().findElements(By.cssSelector(".pd-license-kind")).stream().map(WebElement::getText).toList();
        assertThat(kinds).containsExactlyInAnyOrder("DEA", "STATE_PHARMACY");
        List<String> days = browser.driver().findElements(By.cssSelector(".pd-days-to-expiry")).stream().map(WebElement::getText).toList();
        List<String> expected = v.getJsonArray("licenses").stream()
                .map(l -> String.valueOf(l.asJsonObject().getInt("daysToExpiry"))).toList();
        assertThat(days).isEqualTo(expected);

        String subject = "Portal visit " + RUN;
        browser.driver().findElement(By.id("activityForm:activitySubject")).sendKeys(subject);
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("activityForm:addActivity")).click();
        browser.awaitAjaxAfter(before);
        List<String> subjects = browser.driver().findElements(By.cssSelector(".pd-activity-subject")).stream()
                .map(WebElement::getText).toList();
        assertThat(subjects).contains(subject);
        assertThat(browser.driver().findElement(By.id("section-orders")).getText()).contains("No orders yet");
    }

    @Test
    @DisplayName("the pipeline page lists every stage with expected value totals")
    void pipelineShowsStageTotals(PortalBrowser browser) {
        browser.open("crm/pipeline.xhtml");
        List<String> stages = browser.driver().findElements(By.cssSelector(".pd-stage")).stream().map(WebElement::getText).toList();
        assertThat(stages).containsExactly("PROSPECTING", "QUALIFICATION", "PROPOSAL", "NEGOTIATION", "WON", "LOST");
        assertThat(browser.driver().findElement(By.id("pipelineForm:openExpected")).getText()).matches("[0-9,]+\\.\\d{2}");
    }

    @Test
    @DisplayName("a lead recorded on the leads page converts into a customer through the customer form")
    void leadConvertsThroughTheCustomerForm(PortalBrowser browser) {
        String company = "Portal Lead Clinic " + RUN;
        browser.open("crm/leads.xhtml");
        type(browser, "leadForm:companyName", company);
        type(browser, "leadForm:contactName", "Sam Ortiz");
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("leadForm:createLead")).click();
        browser.awaitAjaxAfter(before);
        WebElement convert = browser.driver().findElement(By.xpath(
                "//tr[td[normalize-space(.)='" + company + "']]//a[normalize-space(.)='Convert to customer']"));
        convert.click();
        browser.await("the customer form for the lead", d -> d.findElement(By.id("formTitle")).getText()
                .equals("Convert lead into customer"));
        browser.awaitAjaxIdle();
        assertThat(browser.driver().findElement(By.id("customerForm:legalName")).getAttribute("value")).isEqualTo(company);
        assertThat(browser.driver().findElement(By.id("customerForm:contactName")).getAttribute("value")).isEqualTo("Sam Ortiz");
        fillCustomer(browser, company, "7" + (RUN % 10) + "-" + String.format("%07d", RUN));
        save(browser);
        assertThat(browser.driver().findElement(By.id("globalMessages")).getText()).contains("saved");
        String leads = Http.getAs("SALES", "api/v1/crm/leads?q=" + company.replace(" ", "%20")).body();
        assertThat(leads).contains("\"status\":\"CONVERTED\"");
    }

    private static void fillCustomer(PortalBrowser browser, String name, String taxId) {
        browser.script("PF('customerTypeMenu').selectValue('HOSPITAL')");
        type(browser, "customerForm:legalName", name);
        type(browser, "customerForm:taxId", taxId);
        type(browser, "customerForm:billToLine1", "1 Portal Way");
        type(browser, "customerForm:billToCity", "Dayton");
        type(browser, "customerForm:billToState", "OH");
        type(browser, "customerForm:billToPostalCode", "45402");
        type(browser, "customerForm:creditLimit", "50000.00");
    }

    private static void type(PortalBrowser browser, String id, String text) {
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void save(PortalBrowser browser) {
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("customerForm:save")).click();
        browser.awaitAjaxAfter(before);
    }
}
