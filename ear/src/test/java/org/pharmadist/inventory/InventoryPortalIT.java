package org.pharmadist.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;
import static org.pharmadist.platform.testserver.Http.json;
import static org.pharmadist.platform.testserver.Http.post;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.portal.SignedInAs;

/**
 * The inventory screens of the portal in a real headless Chromium, signed in as the demo WAREHOUSE user (COMPLIANCE and
 * SALES where a test says so). Each run books its own warehouse, locations and lots through the REST API (goods
 * receipts dated relative to today in the company time zone), so the expectations do not depend on the date or on the
 * demo data: an expired, a near-expiry, an in-date and quarantined lots of levothyroxine, and a refrigerated insulin lot.
 */
@ExtendWith(PortalBrowserExtension.class)
@SignedInAs("WAREHOUSE")
class InventoryPortalIT {

    /** Company time zone of the system-test server (default America/New_York). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));
    private static final String JSON = "application/json";
    /** Levothyroxine 25 mcg (room temperature, EA). */
    private static final String LEVOTHYROXINE = "00378-1800-77";
    /** Basaglar (insulin glargine), made refrigerated by the demo data. */
    private static final String INSULIN = "0002-8214-05";

    private static String wh;
    private static long room;
    private static long room2;
    private static long fridge;
    private static long countBin;
    private static String expiredLot;
    private static String nearLot;
    private static String inDateLot;
    private static String heldLot;
    private static String toReleaseLot;
    private static String insulinLot;
    private static String countedLot;
    private static long inDateLotId;
    private static long heldLotId;
    private static long toReleaseLotId;
    private static long insulinLotId;
    private static long countedLotId;

    @BeforeAll
    static void stockOfOwnWarehouse() {
        wh = "PT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        HttpResponse<String> w = post("api/v1/inventory/warehouses", JSON,
                "{\"code\":\"" + wh + "\",\"name\":\"Portal test DC\",\"timeZone\":\"America/New_York\"}");
        assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
        room = location("R-01", "ROOM_TEMPERATURE");
        room2 = location("R-02", "ROOM_TEMPERATURE");
        fridge = location("C-01", "REFRIGERATED");
        countBin = location("CC-01", "ROOM_TEMPERATURE");
        expiredLot = "E" + wh;
        nearLot = "N" + wh;
        inDateLot = "D" + wh;
        heldLot = "H" + wh;
        toReleaseLot = "Q" + wh;
        insulinLot = "I" + wh;
        countedLot = "K" + wh;
        receive(LEVOTHYROXINE, "R-01", expiredLot, TODAY.minusDays(5), 4);
        receive(LEVOTHYROXINE, "R-01", nearLot, TODAY.plusDays(20), 6);
        inDateLotId = receive(LEVOTHYROXINE, "R-01", inDateLot, TODAY.plusDays(400), 10);
        heldLotId = receive(LEVOTHYROXINE, "R-01", heldLot, TODAY.plusDays(420), 5);
        toReleaseLotId = receive(LEVOTHYROXINE, "R-02", toReleaseLot, TODAY.plusDays(430), 5);
        insulinLotId = receive(INSULIN, "C-01", insulinLot, TODAY.plusDays(300), 3);
        countedLotId = receive(LEVOTHYROXINE, "CC-01", countedLot, TODAY.plusDays(410), 10);
        decide(heldLotId, "QUARANTINE");
        decide(toReleaseLotId, "QUARANTINE");
    }

    private static long location(String code, String condition) {
        HttpResponse<String> r = post("api/v1/inventory/warehouses/" + wh + "/locations", JSON,
                "{\"code\":\"" + code + "\",\"storageCondition\":\"" + condition + "\",\"type\":\"STORAGE\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).getJsonNumber("id").longValue();
    }

    private static long receive(String ndc, String location, String lot, LocalDate expiry, int quantity) {
        HttpResponse<String> r = post("api/v1/inventory/receipts", JSON, "{\"ndc\":\"" + ndc + "\",\"warehouse\":\"" + wh
                + "\",\"location\":\"" + location + "\",\"lotNumber\":\"" + lot + "\",\"expiry\":\"" + expiry
                + "\",\"quantity\":\"" + quantity + "\",\"unit\":\"EA\",\"unitCost\":\"0.50\",\"sourceDocument\":\"GR-" + wh + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).getJsonNumber("lotId").longValue();
    }

    private static void decide(long lotId, String decision) {
        HttpResponse<String> r = post("api/v1/inventory/lot-decisions", JSON,
                "{\"lotId\":" + lotId + ",\"decision\":\"" + decision + "\",\"reason\":\"portal test fixture\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** Stock lines of this test's warehouse for an NDC, from the REST API. */
    private static List<JsonObject> restStock(String ndc) {
        HttpResponse<String> r = get("api/v1/inventory/stock?ndc=" + URLEncoder.encode(ndc, StandardCharsets.UTF_8)
                + "&warehouse=" + wh);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> restLedgerTypes(long lotId) {
        HttpResponse<String> r = get("api/v1/inventory/ledger?lotId=" + lotId + "&limit=100");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonArray items = json(r).getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject().getString("type")).toList();
    }

    // ---- page helpers ----

    private static WebElement byId(PortalBrowser browser, String id) {
        return browser.await("element #" + id, d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    /** Clicks a PrimeFaces ajax button and waits for its answer. */
    private static void clickAjax(PortalBrowser browser, String id) {
        long before = browser.ajaxCompleted();
        byId(browser, id).click();
        browser.awaitAjaxAfter(before);
    }

    private static void type(PortalBrowser browser, String id, String text) {
        WebElement input = byId(browser, id);
        input.clear();
        input.sendKeys(text);
    }

    private static String text(PortalBrowser browser, String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** The row of the stock table showing a lot in a location. */
    private static WebElement stockRow(PortalBrowser browser, String lot, String location) {
        return browser.await("stock row of lot " + lot + " in " + location, d -> d.findElements(By.cssSelector("#lines_data tr"))
                .stream().filter(tr -> tr.getText().contains(lot) && tr.getText().contains(location)
                        && tr.getText().contains(wh)).findFirst().orElse(null));
    }

    private static void openStock(PortalBrowser browser, String ndc) {
        browser.open("inventory/stock.xhtml?ndc=" + URLEncoder.encode(ndc, StandardCharsets.UTF_8));
        assertThat(browser.driver().findElements(By.id("productName"))).as("product shown; page: %s",
                text(browser, "globalMessages")).isNotEmpty();
    }

    private static void signInAs(PortalBrowser browser, String role) {
        browser.resetSession();
        browser.signIn(role);
    }

    // ---- tests ----

    @Test
    @DisplayName("WAREHOUSE finds a product's stock by NDC: expired lot red, near-expiry lot amber, quarantine marked, ATP above")
    void stockOfAProductHighlightsExpiredAndNearExpiryLots(PortalBrowser browser) {
        browser.open("inventory/stock.xhtml");
        assertThat(browser.driver().findElements(By.id("menuForm:menuTransfer"))).as("Transfer in the menu").isNotEmpty();
        type(browser, "searchForm:query", "00378180077");
        byId(browser, "searchForm:search").click();
        browser.await("stock page of the NDC", d -> d.getCurrentUrl().contains("ndc=") && !d.findElements(By.id("productName")).isEmpty());
        browser.awaitAjaxIdle();

        String expired = stockRow(browser, expiredLot, "R-01").getAttribute("class");
        String near = stockRow(browser, nearLot, "R-01").getAttribute("class");
        String inDate = stockRow(browser, inDateLot, "R-01").getAttribute("class");
        WebElement held = stockRow(browser, heldLot, "R-01");
        assertThat(expired).contains("pd-expired").doesNotContain("pd-near-expiry");
        assertThat(stockRow(browser, expiredLot, "R-01").getText()).contains("expired").contains("-5");
        assertThat(near).contains("pd-near-expiry").doesNotContain("pd-expired");
        assertThat(stockRow(browser, nearLot, "R-01").getText()).contains("near expiry").contains("20");
        assertThat(inDate).doesNotContain("pd-expired").doesNotContain("pd-near-expiry").doesNotContain("pd-blocked");
        assertThat(held.getAttribute("class")).contains("pd-blocked");
        assertThat(held.getText()).contains("QUARANTINE").contains("not sellable");
        WebElement expiredRow = stockRow(browser, expiredLot, "R-01");
        assertThat(expiredRow.getText()).contains("4.000 EA");
        assertThat(expiredRow.findElements(By.cssSelector("a.pd-action")).stream().map(WebElement::getText).toList())
                .contains("Move", "Count");

        // ATP above the table, as the REST API computes it; a bad shelf-life input gets a message beside the field.
        JsonObject atp = json(get("api/v1/inventory/availability?ndc=" + LEVOTHYROXINE));
        assertThat(text(browser, "atpForm:atpValue"))
                .isEqualTo(atp.getJsonNumber("availableToPromise").bigDecimalValue().setScale(3).toPlainString() + " EA");
        type(browser, "atpForm:minShelfLifeDays", "-3");
        clickAjax(browser, "atpForm:recalculate");
        assertThat(text(browser, "atpForm:minShelfLifeDaysMessage")).contains("zero or more");
        type(browser, "atpForm:minShelfLifeDays", "soon");
        clickAjax(browser, "atpForm:recalculate");
        assertThat(text(browser, "atpForm:minShelfLifeDaysMessage")).contains("whole days");
        assertThat(browser.pageSource()).doesNotContain("Exception");
    }

    @Test
    @DisplayName("a product is found by the start of its name: several matches are offered, the chosen one shows its stock")
    void productFoundByNamePrefix(PortalBrowser browser) {
        browser.open("inventory/stock.xhtml");
        type(browser, "searchForm:query", "");
        clickAjax(browser, "searchForm:search");
        assertThat(text(browser, "searchForm:queryMessage")).contains("NDC");

        type(browser, "searchForm:query", "levothyrox");
        byId(browser, "searchForm:search").click();
        browser.await("candidates or the stock page", d -> d.getCurrentUrl().contains("ndc=")
                || !d.findElements(By.cssSelector("a.pd-candidate")).isEmpty());
        if (!browser.driver().getCurrentUrl().contains("ndc=")) {
            List<WebElement> candidates = browser.driver().findElements(By.cssSelector("a.pd-candidate"));
            assertThat(browser.driver().findElements(By.cssSelector("li.pd-candidate-item"))).as("name or generic name")
                    .extracting(WebElement::getText).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT)).contains("levothyrox"));
            candidates.stream().filter(a -> a.getText().contains("00378180077")).findFirst()
                    .orElseThrow(() -> new AssertionError("no candidate 00378180077 in " + candidates.stream()
                            .map(WebElement::getText).toList())).click();
            browser.await("stock page of the chosen product", d -> d.getCurrentUrl().contains("ndc=00378180077"));
        }
        browser.awaitAjaxIdle();
        assertThat(stockRow(browser, inDateLot, "R-01").getText()).contains(inDateLot);

        type(browser, "searchForm:query", "zzqx-no-such-product");
        clickAjax(browser, "searchForm:search");
        assertThat(text(browser, "searchForm:queryMessage")).contains("zzqx-no-such-product");
    }

    @Test
    @DisplayName("WAREHOUSE creates a location with its storage condition; missing condition and a taken code are refused beside the field")
    void warehouseUserCreatesALocation(PortalBrowser browser) {
        browser.open("inventory/warehouses.xhtml");
        new Select(byId(browser, "locationForm:warehouse")).selectByValue(wh);
        type(browser, "locationForm:code", "f-01");
        clickAjax(browser, "locationForm:create");
        assertThat(text(browser, "locationForm:storageConditionMessage")).contains("storage condition");

        new Select(byId(browser, "locationForm:storageCondition")).selectByValue("FROZEN");
        clickAjax(browser, "locationForm:create");
        assertThat(text(browser, "globalMessages")).contains("Location " + wh + " / F-01 created (FROZEN, STORAGE)");
        assertThat(text(browser, "locations")).contains("F-01");
        HttpResponse<String> r = get("api/v1/inventory/warehouses/" + wh + "/locations");
        assertThat(json(r).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code") + ":"
                + v.asJsonObject().getString("storageCondition")).toList()).contains("F-01:FROZEN");

        new Select(byId(browser, "locationForm:warehouse")).selectByValue(wh);
        type(browser, "locationForm:code", "F-01");
        new Select(byId(browser, "locationForm:storageCondition")).selectByValue("ROOM_TEMPERATURE");
        clickAjax(browser, "locationForm:create");
        assertThat(text(browser, "locationForm:codeMessage")).contains("F-01");
    }

    @Test
    @DisplayName("WAREHOUSE transfers stock: too much is refused beside the quantity, then the move is booked with ledger references")
    void transferIsBookedAndOverQuantityIsRefusedBesideTheField(PortalBrowser browser) {
        browser.open("inventory/transfer.xhtml?lotId=" + inDateLotId + "&fromLocationId=" + room);
        assertThat(new Select(byId(browser, "transferForm:lot")).getFirstSelectedOption().getText()).contains(inDateLot);
        new Select(byId(browser, "transferForm:toLocation")).selectByValue(String.valueOf(room2));
        type(browser, "transferForm:quantity", "1000");
        clickAjax(browser, "transferForm:transfer");
        assertThat(text(browser, "transferForm:quantityMessage")).contains("unreserved");
        assertThat(restStock(LEVOTHYROXINE).stream().filter(s -> s.getString("lotNumber").equals(inDateLot)).toList())
                .as("nothing moved").hasSize(1);

        type(browser, "transferForm:quantity", "3");
        type(browser, "transferForm:reference", "TR-" + wh);
        clickAjax(browser, "transferForm:transfer");
        String result = text(browser, "transferForm:resultText");
        assertThat(result).contains("Moved 3.000 EA of lot " + inDateLot).contains(wh + " / R-02")
                .containsPattern("ledger entries #\\d+ \\(TRANSFER_OUT\\) and #\\d+ \\(TRANSFER_IN\\)").contains("TR-" + wh);
        List<JsonObject> lines = restStock(LEVOTHYROXINE).stream().filter(s -> s.getString("lotNumber").equals(inDateLot)).toList();
        assertThat(lines.stream().map(s -> s.getString("locationCode") + "="
                + s.getJsonNumber("onHand").bigDecimalValue().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("R-01=7", "R-02=3");
        assertThat(restLedgerTypes(inDateLotId)).containsSubsequence("RECEIPT", "TRANSFER_OUT", "TRANSFER_IN");
        // the stock page shows the moved quantity
        openStock(browser, LEVOTHYROXINE);
        assertThat(stockRow(browser, inDateLot, "R-02").getText()).contains("3.000 EA");
    }

    @Test
    @DisplayName("a refrigerated product moved to a room-temperature location is refused beside the destination; nothing moves")
    void refrigeratedProductToRoomTemperatureIsRefusedBesideTheField(PortalBrowser browser) {
        browser.open("inventory/transfer.xhtml?lotId=" + insulinLotId + "&fromLocationId=" + fridge);
        assertThat(new Select(byId(browser, "transferForm:lot")).getFirstSelectedOption().getText()).contains(insulinLot);
        new Select(byId(browser, "transferForm:toLocation")).selectByValue(String.valueOf(room));
        type(browser, "transferForm:quantity", "1");
        clickAjax(browser, "transferForm:transfer");
        assertThat(text(browser, "transferForm:toLocationMessage")).containsIgnoringCase("refrigerated").contains("R-01");
        assertThat(text(browser, "transferForm:quantityMessage")).isEmpty();
        assertThat(browser.driver().findElements(By.id("transferForm:resultText"))).isEmpty();
        assertThat(restStock(INSULIN).stream().map(s -> s.getString("locationCode")).toList()).containsExactly("C-01");
        assertThat(restLedgerTypes(insulinLotId)).containsExactly("RECEIPT");
    }

    @Test
    @DisplayName("WAREHOUSE counts a location: a difference needs a reason code, then an ADJUSTMENT is booked and shown")
    void cycleCountWithADifferenceBooksAnAdjustment(PortalBrowser browser) {
        browser.open("inventory/count.xhtml?locationId=" + countBin);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#countForm\\:rows_data tr"));
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(countedLot)) {
                index = i;
            }
        }
        assertThat(index).as("row of lot %s in %s", countedLot, rows.stream().map(WebElement::getText).toList()).isNotNegative();
        String prefix = "countForm:rows:" + index + ":";
        assertThat(text(browser, prefix + "booked")).isEqualTo("10.000 EA");
        type(browser, prefix + "counted", "8");
        clickAjax(browser, "countForm:post");
        assertThat(text(browser, prefix + "reasonMessage")).contains("reason code");
        assertThat(restLedgerTypes(countedLotId)).as("nothing booked without a reason").containsExactly("RECEIPT");

        Select reason = new Select(byId(browser, prefix + "reason"));
        assertThat(reason.getOptions().stream().map(WebElement::getText).toList())
                .contains("COUNT_DIFFERENCE", "DAMAGED", "LOST", "FOUND", "EXPIRED_DESTROYED", "SAMPLE", "OTHER");
        reason.selectByValue("LOST");
        clickAjax(browser, "countForm:post");
        assertThat(text(browser, "countForm:adjustments:0:adjLot")).isEqualTo(countedLot);
        assertThat(text(browser, "countForm:adjustments:0:difference")).isEqualTo("-2.000 EA");
        assertThat(text(browser, "countForm:adjustments:0:movement")).matches("ADJUSTMENT #\\d+");
        assertThat(restLedgerTypes(countedLotId)).containsExactly("RECEIPT", "ADJUSTMENT");
        assertThat(restStock(LEVOTHYROXINE).stream().filter(s -> s.getString("lotNumber").equals(countedLot))
                .map(s -> s.getJsonNumber("onHand").bigDecimalValue().stripTrailingZeros().toPlainString()).toList())
                .containsExactly("8");
    }

    @Test
    @DisplayName("COMPLIANCE releases a quarantined lot: a missing reason is shown beside the field, then the lot is AVAILABLE")
    void complianceReleasesAQuarantinedLotWithAReason(PortalBrowser browser) {
        signInAs(browser, "COMPLIANCE");
        browser.open("inventory/lot.xhtml?ndc=" + LEVOTHYROXINE + "&lotId=" + toReleaseLotId);
        assertThat(text(browser, "status")).isEqualTo("QUARANTINE");
        assertThat(text(browser, "lotNumber")).isEqualTo(toReleaseLot);
        assertThat(browser.driver().findElements(By.cssSelector("#ledger_data tr")).get(0).getText()).contains("RECEIPT");

        clickAjax(browser, "decisionForm:release");
        assertThat(text(browser, "decisionForm:reasonMessage")).contains("reason");
        assertThat(text(browser, "status")).isEqualTo("QUARANTINE");

        type(browser, "decisionForm:reason", "QA release: certificate of analysis reviewed");
        clickAjax(browser, "decisionForm:release");
        assertThat(text(browser, "status")).isEqualTo("AVAILABLE");
        assertThat(text(browser, "globalMessages")).contains("QUARANTINE → AVAILABLE");
        assertThat(text(browser, "decisions")).contains("certificate of analysis reviewed").contains("portal test fixture");
        JsonObject lot = json(get("api/v1/inventory/lots?ndc=" + LEVOTHYROXINE)).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getString("lotNumber").equals(toReleaseLot)).findFirst().orElseThrow();
        assertThat(lot.getString("status")).isEqualTo("AVAILABLE");
        assertThat(browser.driver().findElements(By.id("decisionForm:release"))).as("release is gone once available").isEmpty();
    }

    @Test
    @DisplayName("SALES sees stock and lots but no action: no Move/Count links, no decision buttons, no transfer or count menu")
    void salesSeesStockButNoActions(PortalBrowser browser) {
        signInAs(browser, "SALES");
        // from the catalog's product page to the product's stock
        browser.open("catalog/product.xhtml?ndc=" + LEVOTHYROXINE);
        byId(browser, "stockLink").click();
        browser.await("stock page from the product page", d -> d.getCurrentUrl().contains("inventory/stock.xhtml")
                && !d.findElements(By.id("productName")).isEmpty());
        browser.awaitAjaxIdle();
        assertThat(stockRow(browser, inDateLot, "R-01").getText()).contains(inDateLot);
        assertThat(stockRow(browser, expiredLot, "R-01").getAttribute("class")).contains("pd-expired");
        assertThat(browser.driver().findElements(By.cssSelector("a.pd-action"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("menuForm:menuStock"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.id("menuForm:menuTransfer"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("menuForm:menuCount"))).isEmpty();

        browser.open("inventory/lot.xhtml?ndc=" + LEVOTHYROXINE + "&lotId=" + heldLotId);
        assertThat(text(browser, "status")).isEqualTo("QUARANTINE");
        assertThat(browser.driver().findElements(By.id("decisionForm"))).isEmpty();
        assertThat(text(browser, "decisions")).as("decision history readable with inventory:view").contains("portal test fixture");
        assertThat(browser.driver().findElements(By.cssSelector("button"))).extracting(WebElement::getText)
                .doesNotContain("Release from quarantine", "Quarantine", "Mark damaged");

        browser.open("inventory/transfer.xhtml?lotId=" + inDateLotId + "&fromLocationId=" + room);
        assertThat(browser.driver().findElements(By.id("transferForm:transfer"))).isEmpty();
        browser.open("inventory/count.xhtml?locationId=" + countBin);
        assertThat(browser.driver().findElements(By.id("countForm:post"))).isEmpty();

        // a hand-edited address gets a message, not an error page
        browser.open("inventory/lot.xhtml?ndc=" + LEVOTHYROXINE + "&lotId=12x");
        assertThat(text(browser, "globalMessages")).contains("lotId").contains("12x");
        assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("Something went wrong");
    }

    @Test
    @DisplayName("near-expiry report lists this run's expired and near-expiry lots with value at cost; a bad horizon gets a field message")
    void nearExpiryReportAndValuation(PortalBrowser browser) {
        browser.open("inventory/near-expiry.xhtml");
        String table = text(browser, "nearExpiryForm:lines");
        assertThat(table).contains(expiredLot).contains(nearLot).doesNotContain(inDateLot);
        assertThat(text(browser, "nearExpiryForm:total")).matches("[\\d,]+\\.\\d{2}");
        type(browser, "nearExpiryForm:horizon", "5000");
        clickAjax(browser, "nearExpiryForm:run");
        assertThat(text(browser, "nearExpiryForm:horizonMessage")).contains("3650");
        type(browser, "nearExpiryForm:horizon", "500");
        clickAjax(browser, "nearExpiryForm:run");
        assertThat(text(browser, "nearExpiryForm:lines")).contains(inDateLot);

        browser.open("inventory/valuation.xhtml");
        assertThat(text(browser, "lines")).contains(LEVOTHYROXINE.replace("-", ""));
        assertThat(text(browser, "total")).matches("[\\d,]+\\.\\d{2}");
    }
}
