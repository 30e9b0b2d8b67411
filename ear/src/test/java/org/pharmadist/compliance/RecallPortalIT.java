package org.pharmadist.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pharmadist.compliance.portal.RecallPage;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.Http;

/**
 * Recalls in headless Chromium, signed in as COMPLIANCE: the list finds a real FDA recall of products we carry and
 * its page shows the demo lots it names (and not the product's other lot); a recall of our own lot is quarantined
 * and a customer notified in a few clicks, and the audit trail page shows the changes.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("COMPLIANCE")
class RecallPortalIT {

    static final int RUN = (int) (System.nanoTime() % 900_000);

    @Test
    @DisplayName("the recall list leads to D-0120-2025, which shows the two named levothyroxine lots and not the third")
    void aRealRecallShowsTheLotsItNames(PortalBrowser browser) {
        browser.open("compliance/recalls.xhtml");
        browser.driver().findElement(By.id("recallsForm:q")).sendKeys("D-0120-2025");
        browser.awaitAjaxIdle();
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("recallsForm:search")).click();
        browser.awaitAjaxAfter(before);
        browser.await("recall link", d -> d.findElements(By.linkText("D-0120-2025")).stream().findFirst().orElse(null)).click();

        RecallPage page = RecallPage.expect(browser, "D-0120-2025");
        assertThat(page.text("classification")).isEqualTo("Class II");
        assertThat(page.text("coverage")).isEqualTo("Specific lots");
        assertThat(page.affectedLots()).contains("8177720", "3200218").doesNotContain("3305512");
    }

    @Test
    @DisplayName("quarantine and notify in a few clicks; the audit trail shows the status change")
    void quarantineNotifyAndAudit(PortalBrowser browser) {
        String lot = "RPIT" + RUN;
        String number = "D-8" + String.format("%03d", RUN % 1000) + "-" + (2000 + RUN % 90);
        HttpResponse<String> received = Http.post("api/v1/inventory/receipts", "application/json", "{\"ndc\":\"0378-1800-10\","
                + "\"warehouse\":\"NJ1\",\"location\":\"A-01-04\",\"lotNumber\":\"" + lot + "\",\"expiry\":\"10/2028\","
                + "\"quantity\":\"30\",\"unit\":\"EA\",\"unitCost\":\"0.04\"}");
        assertThat(received.statusCode()).as(received.body()).isIn(200, 201);
        HttpResponse<String> imported = Http.post("api/v1/compliance/recalls", "application/json", "{\"recall_number\":\""
                + number + "\",\"classification\":\"Class II\",\"status\":\"Ongoing\",\"recalling_firm\":\"Mylan Pharmaceuticals Inc.\","
                + "\"product_description\":\"Levothyroxine Sodium Tablets USP, 25 mcg, NDC 0378-1800-10\","
                + "\"reason_for_recall\":\"Subpotent\",\"report_date\":\"20261201\",\"code_info\":\"Lot #: " + lot
                + ", Exp. Date Oct 2028\"}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonObject customer = Http.json(Http.get("api/v1/crm/customers?limit=1")).getJsonArray("items").getJsonObject(0);
        String name = customer.getString("legalName");

        RecallPage page = RecallPage.open(browser, number);
        assertThat(page.text("status")).isEqualTo("OPEN");
        assertThat(page.affectedLots()).containsExactly(lot);
        assertThat(page.affectedLotStatuses()).containsExactly("AVAILABLE");

        page.quarantine();
        browser.await("lot recalled", d -> page.affectedLotStatuses().equals(java.util.List.of("RECALLED")));
        assertThat(page.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(page.messages()).contains("1 lot(s) quarantined as RECALLED: " + lot);

        page.notifyCustomer(name.substring(0, Math.min(6, name.length())), name);
        browser.await("notice listed", d -> page.noticeCustomers().contains(name));

        browser.driver().findElement(By.id("auditLink")).click();
        browser.await("audit trail", d -> d.getCurrentUrl().contains("compliance/audit.xhtml")
                && !d.findElements(By.cssSelector(".pd-audit-kind")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".pd-audit-kind")).stream().map(e -> e.getText()).toList())
                .startsWith("CREATED").contains("MODIFIED");
        assertThat(browser.driver().findElement(By.id("revisions")).getText()).contains("status: OPEN → IN_PROGRESS")
                .contains("compliance");
    }
}
