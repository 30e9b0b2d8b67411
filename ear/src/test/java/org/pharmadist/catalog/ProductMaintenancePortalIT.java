package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.catalog.portal.ProductEditPage;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.testserver.Http;

/**
 * Product maintenance in the portal, in real headless Chromium: two users (two browsers) edit the same product and
 * the second save is refused with "changed by another user" while the first user's values stay stored and the
 * second user's input stays in the form; wrong values get their message beside the field; users without
 * catalog:edit get no form; the product list shows storage condition and status badges; a new product is created.
 * The class's own browser is signed in as ADMIN.
 */
@ExtendWith(PortalBrowserExtension.class)
class ProductMaintenancePortalIT {

    private static final String RACED = "0409-9094-31";      // fentanyl, used by no other test
    private static final String VALIDATED = "63323-808-11";  // fentanyl, used by no other test
    private static final String REFRIGERATED_DEMO = "73070-403-15";
    private static final String UNITS = "63323-806-50";       // fentanyl, used by no other test

    @Test
    @DisplayName("two users edit the same product: the first save wins, the second is refused and keeps its input")
    void secondSaveOfTheSameVersionIsRefusedWithChangedByAnotherUser(PortalBrowser admin) {
        try (PortalBrowser manager = PortalBrowser.start()) {
            manager.signIn("MANAGER");
            ProductEditPage adminPage = ProductEditPage.open(admin, RACED);
            ProductEditPage managerPage = ProductEditPage.open(manager, RACED);
            assertThat(adminPage.hasEditForm()).isTrue();
            assertThat(managerPage.hasEditForm()).isTrue();

            adminPage.choose("storageCondition", "REFRIGERATED").type("shelfLifeDays", "111").save();
            assertThat(adminPage.conflict()).isEmpty();
            assertThat(adminPage.globalMessages()).anySatisfy(m -> assertThat(m).startsWith("Saved "));
            assertThat(adminPage.shown("storageCondition")).isEqualTo("REFRIGERATED");

            managerPage.choose("storageCondition", "FROZEN").type("shelfLifeDays", "222").save();
            assertThat(managerPage.conflict()).contains("changed by another user (admin at ");
            assertThat(managerPage.value("shelfLifeDays")).as("the manager's input is kept").isEqualTo("222");

            JsonObject stored = Http.json(Http.get("api/v1/products/" + RACED));
            assertThat(stored.getInt("shelfLifeDays")).isEqualTo(111);
            assertThat(stored.getString("storageCondition")).isEqualTo("REFRIGERATED");
            assertThat(stored.getString("maintainedBy")).isEqualTo("admin");

            // Saving again is refused again (no silent overwrite on a second click) ...
            managerPage.save();
            assertThat(managerPage.conflict()).contains("changed by another user");
            assertThat(Http.json(Http.get("api/v1/products/" + RACED)).getInt("shelfLifeDays")).isEqualTo(111);
            // ... until the manager loads the current values, which shows the admin's save.
            long before = manager.ajaxCompleted();
            manager.driver().findElement(By.id("editForm:reloadCurrent")).click();
            manager.awaitAjaxAfter(before);
            assertThat(managerPage.value("shelfLifeDays")).isEqualTo("111");
            assertThat(managerPage.conflict()).isEmpty();
        }
    }

    @Test
    @DisplayName("wrong values get their message beside the field and nothing is saved")
    void invalidValuesAreShownBesideTheirFields(PortalBrowser admin) {
        long version = Http.json(Http.get("api/v1/products/" + VALIDATED)).getJsonNumber("version").longValue();
        ProductEditPage page = ProductEditPage.open(admin, VALIDATED);

        page.type("shelfLifeDays", "0").choose("purchaseUnit", "BX").save();
        assertThat(page.messageBeside("shelfLifeDays")).contains("positive number of days");
        assertThat(page.messageBeside("purchaseUnit")).contains("BX needs a conversion to EA");
        assertThat(page.messageBeside("therapeuticCategory")).isEmpty();

        page.type("shelfLifeDays", "two years").save();
        assertThat(page.messageBeside("shelfLifeDays")).contains("whole number of days");

        assertThat(Http.json(Http.get("api/v1/products/" + VALIDATED)).getJsonNumber("version").longValue()).isEqualTo(version);
    }

    @Test
    @DisplayName("unit conversions are added and removed in the table and saved with the purchase unit")
    void unitConversionsAreAddedAndRemoved(PortalBrowser admin) {
        ProductEditPage page = ProductEditPage.open(admin, UNITS);
        clickAndWait(admin, "editForm:addUnit");
        admin.script("var s = document.getElementById('editForm:units:0:unit_input'); s.value = 'BX';");
        admin.driver().findElement(By.id("editForm:units:0:factor")).sendKeys("30");
        clickAndWait(admin, "editForm:addUnit");
        admin.script("var s = document.getElementById('editForm:units:1:unit_input'); s.value = 'CA';");
        admin.driver().findElement(By.id("editForm:units:1:factor")).sendKeys("0");
        page.choose("purchaseUnit", "BX").save();
        assertThat(page.messageBeside("units:1:factor")).contains("greater than zero");
        assertThat(Http.json(Http.get("api/v1/products/" + UNITS)).getJsonArray("units")).isEmpty();

        clickAndWait(admin, "editForm:units:1:removeUnit");
        assertThat(admin.driver().findElements(By.id("editForm:units:1:factor"))).isEmpty();
        assertThat(page.value("units:0:factor")).as("the first row keeps its input").isEqualTo("30");
        page.save();
        JsonObject stored = Http.json(Http.get("api/v1/products/" + UNITS));
        assertThat(stored.getString("purchaseUnit")).isEqualTo("BX");
        assertThat(stored.getJsonArray("units")).hasSize(1);
        assertThat(stored.getJsonArray("units").getJsonObject(0).getString("unit")).isEqualTo("BX");
        assertThat(stored.getJsonArray("units").getJsonObject(0).getJsonNumber("stockUnitsPerUnit").bigDecimalValue())
                .isEqualByComparingTo("30");
        assertThat(page.shown("unitSummary")).contains("1 BX = 30.000 EA");
        assertThat(page.value("units:0:factor")).as("the saved size as typed, not 3E+1").isEqualTo("30");
    }

    private static void clickAndWait(PortalBrowser browser, String id) {
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).click();
        browser.awaitAjaxAfter(before);
    }

    @Test
    @DisplayName("the product list shows storage condition and status badges")
    void productListShowsStorageAndStatusBadges(PortalBrowser admin) {
        admin.open("catalog/products.xhtml");
        WebElement search = admin.driver().findElement(By.id("productsForm:search"));
        long before = admin.ajaxCompleted();
        search.sendKeys("73070-403");
        admin.awaitAjaxAfter(before);
        admin.await("the insulin row", d -> d.findElements(By.cssSelector("[id='productsForm:products_data'] tr")).size() == 1
                && d.findElement(By.cssSelector("[id='productsForm:products_data'] tr")).getText().contains("73070040315"));
        WebElement row = admin.driver().findElement(By.cssSelector("[id='productsForm:products_data'] tr"));
        assertThat(row.findElement(By.cssSelector(".pd-storage")).getText()).isEqualTo("2-8 C");
        assertThat(row.findElement(By.cssSelector(".pd-storage")).getAttribute("class")).contains("pd-storage-REFRIGERATED");
        assertThat(row.findElement(By.cssSelector(".pd-status")).getText()).isEqualTo("Active");
        assertThat(Http.json(Http.get("api/v1/products/" + REFRIGERATED_DEMO)).getString("storageCondition")).isEqualTo("REFRIGERATED");
    }

    @Test
    @DisplayName("users without catalog:edit see the product but no edit form, and no New product")
    void salesSeesNoEditForm(PortalBrowser admin) {
        admin.resetSession();
        admin.signIn("SALES");
        ProductEditPage page = ProductEditPage.open(admin, RACED);
        assertThat(page.shown("productName")).isNotBlank();
        assertThat(page.hasEditForm()).isFalse();
        admin.open("catalog/products.xhtml");
        assertThat(admin.driver().findElements(By.id("newProduct"))).isEmpty();
    }

    @Test
    @DisplayName("a new product is created from the New product page and its page opens")
    void newProductIsCreated(PortalBrowser admin) {
        String ndc = "6" + String.format("%04d", (int) (System.nanoTime() % 10000)) + "-123-45";
        admin.open("catalog/new-product.xhtml");
        admin.driver().findElement(By.id("newProductForm:ndc")).sendKeys(ndc);
        admin.driver().findElement(By.id("newProductForm:shelfLifeDays")).sendKeys("-5");
        long before = admin.ajaxCompleted();
        admin.driver().findElement(By.id("newProductForm:create")).click();
        admin.awaitAjaxAfter(before);
        List<WebElement> nameMessage = admin.driver().findElements(By.xpath(
                "//*[@id='newProductForm:name']/following-sibling::*[1][contains(@class,'ui-message')]"));
        assertThat(nameMessage).as("message beside the name").hasSize(1);
        assertThat(nameMessage.get(0).getText()).contains("name is required");

        admin.driver().findElement(By.id("newProductForm:name")).sendKeys("PHARMADIST PORTAL TEST PRODUCT");
        WebElement shelfLife = admin.driver().findElement(By.id("newProductForm:shelfLifeDays"));
        shelfLife.clear();
        shelfLife.sendKeys("365");
        admin.driver().findElement(By.id("newProductForm:create")).click();
        admin.await("the new product's page", d -> d.getCurrentUrl().contains("catalog/product.xhtml")
                && !d.findElements(By.id("productName")).isEmpty());
        assertThat(admin.driver().findElement(By.id("productName")).getText()).isEqualTo("PHARMADIST PORTAL TEST PRODUCT");
        JsonObject created = Http.json(Http.get("api/v1/products/" + ndc));
        assertThat(created.getString("source")).isEqualTo("manual");
        assertThat(created.getInt("shelfLifeDays")).isEqualTo(365);
        assertThat(created.getString("maintainedBy")).isEqualTo("admin");
    }
}
