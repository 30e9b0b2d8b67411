package org.pharmadist.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.testserver.Http;

/**
 * The procurement portal in a real headless Chromium (signed in as the demo ADMIN): the purchase-order editor
 * shows the quantity converted to whole purchase units and the rounding warning beside the quantity field; the
 * receiving screen fills GTIN, order line, expiry, lot and serial from a scanned GS1 DataMatrix string (with the
 * GS separator) and shows refusals beside the fields. Effects are checked through the REST API.
 */
@ExtendWith(PortalBrowserExtension.class)
class ProcurementPortalIT {

    private static final String JSON = "application/json";
    private static String supplierCode;

    @BeforeAll
    static void fixture() {
        ProcurementFixture.ensure();
        supplierCode = "PT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> r = Http.postAs("PROCUREMENT", "api/v1/procurement/suppliers", JSON,
                ProcurementRestIT.supplier(supplierCode, "Baxter Healthcare Corporation"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private static JsonObject order(String lines) {
        HttpResponse<String> r = Http.postAs("PROCUREMENT", "api/v1/procurement/purchase-orders", JSON,
                "{\"supplierCode\":\"" + supplierCode + "\",\"warehouseId\":" + ProcurementFixture.warehouseId()
                        + ",\"lines\":[" + lines + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private static String text(PortalBrowser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    @DisplayName("PO editor: 60 EA of a BX = 25 product shows '= 3 BX (75 EA)' and the rounding warning beside the quantity; the line is 3 BX")
    void editorShowsConversionAndRoundingWarning(PortalBrowser browser) {
        JsonObject po = order("");
        String number = po.getString("number");
        browser.open("procurement/purchase-order.xhtml?number=" + number);
        assertThat(text(browser, "orderNumber")).isEqualTo(number);

        // the unit goes with the NDC and quantity on their ajax requests (the preview processes all three)
        browser.script("PF('unitMenu').selectValue('EA')");
        WebElement ndc = browser.driver().findElement(By.id("lineForm:ndc"));
        ndc.sendKeys(ProcurementFixture.BOXED_NDC);
        WebElement quantity = browser.driver().findElement(By.id("lineForm:quantity"));
        quantity.sendKeys("60");
        browser.await("the converted quantity beside the field", d -> text(browser, "lineForm:conversion").contains("3 BX"));
        browser.awaitAjaxIdle();
        assertThat(text(browser, "lineForm:conversion")).isEqualTo("= 3 BX (75 EA)");
        assertThat(text(browser, "lineForm:quantityMessage"))
                .contains("60 EA is not a whole number of BX; rounded up to 3 BX = 75 EA");

        browser.driver().findElement(By.id("lineForm:unitCost")).sendKeys("41.5");
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("lineForm:addLine")).click();
        browser.awaitAjaxAfter(before);
        browser.await("the line in the table", d -> !d.findElements(By.cssSelector(".pd-line-quantity")).isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector(".pd-line-quantity")).getText()).isEqualTo("3 BX");
        assertThat(text(browser, "lineForm:quantityMessage")).contains("rounded up to 3 BX = 75 EA");

        JsonObject stored = json(Http.getAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + number));
        JsonObject line = stored.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(line.getString("unit")).isEqualTo("BX");
        assertThat(line.getJsonNumber("requestedQuantity").bigDecimalValue()).isEqualByComparingTo("60");
        assertThat(stored.getJsonNumber("totalAmount").bigDecimalValue()).isEqualByComparingTo("124.50");
    }

    @Test
    @DisplayName("Receiving: a scanned DataMatrix with <GS> fills GTIN, line, expiry, lot and serial; missing line shows beside the field; receipt books")
    void receivingScanFillsTheFields(PortalBrowser browser) {
        JsonObject po = order("{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"3\",\"unitCost\":\"7.5\"}");
        String number = po.getString("number");
        HttpResponse<String> sent = Http.sendAs("PROCUREMENT", "POST", "api/v1/procurement/purchase-orders/" + number + "/send", null, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        browser.open("procurement/receiving.xhtml?number=" + number);
        assertThat(text(browser, "orderNumber")).isEqualTo(number);

        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("receiveForm:receive")).click();
        browser.awaitAjaxAfter(before);
        assertThat(text(browser, "receiveForm:lineMessage")).containsIgnoringCase("line number");

        String lot = "PRT" + number.substring(number.length() - 6);
        String scan = "]d201" + ProcurementFixture.HEPARIN_GTIN + "17290600" + "10" + lot + '\u001d' + "21SN" + lot;
        before = browser.ajaxCompleted();
        WebElement barcode = browser.driver().findElement(By.id("receiveForm:barcode"));
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                barcode, scan);
        browser.awaitAjaxAfter(before);
        assertThat(browser.driver().findElement(By.id("receiveForm:gtin")).getAttribute("value")).isEqualTo(ProcurementFixture.HEPARIN_GTIN);
        assertThat(browser.driver().findElement(By.id("receiveForm:lot")).getAttribute("value")).isEqualTo(lot);
        assertThat(browser.driver().findElement(By.id("receiveForm:expiry")).getAttribute("value")).isEqualTo("2029-06-30");
        assertThat(browser.driver().findElement(By.id("receiveForm:serials")).getAttribute("value")).isEqualTo("SN" + lot);
        assertThat(browser.driver().findElement(By.id("receiveForm:line_label")).getText()).contains("0338-0424-18");
        assertThat(text(browser, "receiveForm:barcodeMessage")).isEmpty();

        before = browser.ajaxCompleted();
        browser.script("PF('locationMenu').selectValue(arguments[0])", Long.toString(ProcurementFixture.locationId()));
        browser.driver().findElement(By.id("receiveForm:quantity")).sendKeys("2");
        browser.driver().findElement(By.id("receiveForm:receive")).click();
        browser.awaitAjaxAfter(before);
        browser.await("the order status after the receipt", d -> text(browser, "orderStatus").equals("PARTIALLY_RECEIVED"));

        JsonObject stored = json(Http.getAs("PROCUREMENT", "api/v1/procurement/purchase-orders/" + number));
        assertThat(stored.getJsonArray("lines").getJsonObject(0).getJsonNumber("receivedQuantity").bigDecimalValue())
                .isEqualByComparingTo("2");
        JsonObject receipts = json(Http.getAs("PROCUREMENT", "api/v1/procurement/goods-receipts?purchaseOrder=" + number));
        String grNumber = receipts.getJsonArray("items").getJsonObject(0).getString("number");
        JsonObject gr = json(Http.getAs("PROCUREMENT", "api/v1/procurement/goods-receipts/" + grNumber));
        assertThat(gr.getJsonArray("lines").getJsonObject(0).getString("lotNumber")).isEqualTo(lot);
        assertThat(gr.getJsonArray("lines").getJsonObject(0).getString("expiryDate")).isEqualTo("2029-06-30");

        // a malformed scan is refused beside the scan field
        before = browser.ajaxCompleted();
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.driver().findElement(By.id("receiveForm:barcode")), "0100303380424185");
        browser.awaitAjaxAfter(before);
        assertThat(text(browser, "receiveForm:barcodeMessage")).contains("check digit");
    }

    @Test
    @DisplayName("Invoice match screen lists the mismatches; approving without a reason is refused beside the field, with one it is APPROVED")
    void invoiceMatchScreenShowsMismatchesAndApproves(PortalBrowser browser) {
        JsonObject po = order("{\"ndc\":\"" + ProcurementFixture.HEPARIN_NDC + "\",\"quantity\":\"3\",\"unitCost\":\"7.5\"}");
        String number = po.getString("number");
        assertThat(Http.sendAs("PROCUREMENT", "POST", "api/v1/procurement/purchase-orders/" + number + "/send", null, null)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> gr = Http.postAs("ADMIN", "api/v1/procurement/goods-receipts", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"lines\":[{\"lineNumber\":1,\"locationId\":"
                        + ProcurementFixture.locationId() + ",\"lotNumber\":\"PM" + number.substring(number.length() - 6)
                        + "\",\"expiryDate\":\"2029-01-31\",\"quantity\":\"2\"}]}");
        assertThat(gr.statusCode()).as(gr.body()).isEqualTo(201);
        HttpResponse<String> inv = Http.postAs("FINANCE", "api/v1/procurement/supplier-invoices", JSON,
                "{\"purchaseOrderNumber\":\"" + number + "\",\"invoiceNumber\":\"P-" + number + "\",\"lines\":"
                        + "[{\"lineNumber\":1,\"quantity\":\"3\",\"unitPrice\":\"7.50\"}]}");
        assertThat(inv.statusCode()).as(inv.body()).isEqualTo(201);
        long id = json(inv).getJsonNumber("id").longValue();

        browser.open("procurement/supplier-invoice.xhtml?id=" + id);
        assertThat(text(browser, "matchStatus")).isEqualTo("MISMATCH");
        assertThat(browser.driver().findElements(By.cssSelector("li.pd-mismatch"))).extracting(WebElement::getText)
                .containsExactly("line 1 NDC 0338-0424-18: invoiced 3 EA, received 2 EA");

        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("approvalForm:approve")).click();
        browser.awaitAjaxAfter(before);
        assertThat(text(browser, "approvalForm:reasonMessage")).contains("give the reason");
        assertThat(text(browser, "matchStatus")).isEqualTo("MISMATCH");

        browser.driver().findElement(By.id("approvalForm:reason")).sendKeys("third bag follows; supplier credit note agreed");
        before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("approvalForm:approve")).click();
        browser.awaitAjaxAfter(before);
        browser.await("status APPROVED", d -> text(browser, "matchStatus").equals("APPROVED"));
        assertThat(json(Http.getAs("FINANCE", "api/v1/procurement/supplier-invoices/" + id)).getString("approvalReason"))
                .isEqualTo("third bag follows; supplier credit note agreed");
    }

    @Test
    @DisplayName("Reorder screen: levels above the stock suggest whole boxes from the preferred supplier; max below min is refused beside max")
    void reorderScreenSavesLevelsAndSuggests(PortalBrowser browser) {
        browser.open("procurement/reorder.xhtml");
        browser.script("PF('warehouseMenu').selectValue(arguments[0])", Long.toString(ProcurementFixture.warehouseId()));
        browser.driver().findElement(By.id("policyForm:ndc")).sendKeys(ProcurementFixture.BOXED_NDC);
        browser.driver().findElement(By.id("policyForm:min")).sendKeys("500");
        browser.driver().findElement(By.id("policyForm:max")).sendKeys("100");
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("policyForm:save")).click();
        browser.awaitAjaxAfter(before);
        assertThat(text(browser, "policyForm:maxMessage")).contains("min <= max");

        browser.driver().findElement(By.id("policyForm:max")).clear();
        browser.driver().findElement(By.id("policyForm:max")).sendKeys("2000000");
        browser.driver().findElement(By.id("policyForm:min")).clear();
        browser.driver().findElement(By.id("policyForm:min")).sendKeys("1999990");
        before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("policyForm:save")).click();
        browser.awaitAjaxAfter(before);
        WebElement row = browser.await("a suggestion for " + ProcurementFixture.BOXED_NDC, d -> d.findElements(
                By.cssSelector("#tablesForm\\:suggestions tbody tr")).stream()
                .filter(r -> r.getText().contains(ProcurementFixture.BOXED_NDC)).findFirst().orElse(null));
        assertThat(row.findElement(By.cssSelector(".pd-suggestion-quantity")).getText()).matches("\\d+ BX \\(\\d+ EA\\)");
        String policies = Http.getAs("PROCUREMENT", "api/v1/procurement/reorder-policies?warehouseId="
                + ProcurementFixture.warehouseId()).body();
        JsonObject stored = jakarta.json.Json.createReader(new java.io.StringReader(policies)).readArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("ndc").equals(ProcurementFixture.BOXED_NDC))
                .findFirst().orElseThrow();
        assertThat(stored.getJsonNumber("maxQuantity").bigDecimalValue()).isEqualByComparingTo("2000000");
    }
}
