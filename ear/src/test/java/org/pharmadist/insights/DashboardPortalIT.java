package org.pharmadist.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;
import org.pharmadist.platform.testserver.AiStubServer;
import org.pharmadist.platform.testserver.Http;

/**
 * The management dashboard in headless Chromium, signed in as MANAGER: the figure cards carry the same amounts as
 * {@code GET /api/v1/dashboard} and are labelled as statistics, both charts are drawn, and the AI panel (loaded after
 * the page) shows the model-written summary from the OpenAI-compatible stub with the invented action dropped, and the
 * statistical expiry-risk table labelled as such.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("MANAGER")
class DashboardPortalIT {

    @Test
    @DisplayName("cards equal the REST figures, labelled as statistics; two charts drawn; AI summary grounded, invented action dropped")
    void dashboardWithChartsAndAiPanel(PortalBrowser browser) {
        assumeTrue(AiStubServer.running(), "the AI stub runs only when the system tests start the server");
        AiStubServer.get().behave(AiStubServer.Mode.GROUNDED);
        browser.open("insights/dashboard.xhtml");
        WebElement source = browser.await("figures", d -> d.findElements(By.id("sourceLabel")).stream().findFirst().orElse(null));
        assertThat(source.getText()).startsWith("Statistical figures from our own data");

        JsonObject figures = json(Http.get("api/v1/dashboard")).getJsonObject("figures");
        assertThat(amount(browser, "stockValue")).isEqualByComparingTo(figures.getJsonNumber("stockValue").bigDecimalValue());
        assertThat(amount(browser, "openQuotationValue"))
                .isEqualByComparingTo(figures.getJsonNumber("openQuotationValue").bigDecimalValue());
        assertThat(amount(browser, "stockValue")).isPositive();

        for (String chart : List.of("dailySalesChart", "topProductsChart")) {
            WebElement canvas = browser.await(chart + " drawn", d -> d.findElements(By.cssSelector("[id$='" + chart + "'] canvas"))
                    .stream().findFirst().orElse(null));
            assertThat(canvas.getSize().getHeight()).as(chart + " height").isGreaterThan(100);
        }

        WebElement status = browser.await("AI panel loaded", d -> d.findElements(By.id("aiForm:aiStatus")).stream().findFirst().orElse(null));
        assertThat(status.getText()).isEqualTo("AI summary");
        assertThat(browser.driver().findElement(By.id("aiForm:aiSummary")).getText()).startsWith("Stub summary");
        assertThat(browser.driver().findElement(By.id("aiForm:aiDropped")).getText())
                .startsWith("1 suggested action(s) dropped");
        assertThat(browser.driver().findElements(By.cssSelector("[id='aiForm:aiActions'] tbody tr"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("aiForm:aiActions")).getText()).doesNotContain("999999999");
        assertThat(browser.driver().findElement(By.id("aiForm:statisticsNote")).getText()).contains("computed from our own data");
    }

    /** The card's amount, e.g. "1,234,567.89" -> 1234567.89. */
    private static BigDecimal amount(PortalBrowser browser, String id) {
        String text = browser.driver().findElement(By.cssSelector("[id$='" + id + "']")).getText();
        return new BigDecimal(text.replaceAll("[^0-9.\\-]", ""));
    }
}
