package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.TypeToken;
import org.pharmadist.catalog.portal.ProductDetailPage;
import org.pharmadist.catalog.portal.ProductListPage;
import org.pharmadist.catalog.portal.ProductListPage.Row;
import org.pharmadist.catalog.portal.ProductListPage.SortState;
import org.pharmadist.platform.portal.PortalBrowser;
import org.pharmadist.platform.portal.PortalBrowserExtension;
import org.pharmadist.platform.testserver.SystemUnderTest;

/**
 * The PrimeFaces portal's product catalog in a real headless Chromium: layout and menu, the lazy
 * product table (paging, search, sort) and the product detail, checked against the REST API of the
 * same server so the expectations do not depend on which catalog data is loaded.
 */
@ExtendWith(PortalBrowserExtension.class)
class ProductCatalogPortalIT {

    private static final int PAGE_SIZE = 25;
    private static final String SEARCH = "heparin";
    private static final String NDC_COLUMN = "NDC (11-digit)";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Json JSON = new Json();

    @Test
    @DisplayName("portal root shows the layout and the Catalog > Products menu, which opens the product list")
    void rootShowsLayoutAndProductMenu(PortalBrowser browser) {
        browser.open("");

        assertThat(browser.driver().getTitle()).endsWith("PharmaDist");
        assertThat(browser.driver().findElement(By.cssSelector("header.pd-header .pd-brand")).getText()).isEqualTo("PharmaDist");
        WebElement menubar = browser.driver().findElement(By.id("menuForm:mainMenu"));
        assertThat(menubar.isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("main.pd-main")).isDisplayed()).isTrue();

        WebElement catalog = menubar.findElements(By.cssSelector("a.ui-submenu-link")).stream()
                .filter(a -> a.getText().trim().equals("Catalog"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Catalog menu in " + menubar.getText()));
        new Actions(browser.driver()).moveToElement(catalog).perform();
        WebElement products = browser.driver().findElement(By.id("menuForm:menuProducts"));
        browser.await("the Products menu item shown on hovering Catalog", d -> products.isDisplayed());
        assertThat(products.getText()).isEqualTo("Products");
        products.click();

        ProductListPage list = ProductListPage.expect(browser);
        assertThat(list.rows()).hasSize(Math.min(PAGE_SIZE, (int) restTotal("")));
    }

    @Test
    @DisplayName("product list pages, searches by name prefix and sorts by NDC, as the REST API does")
    void productListPagesSearchesAndSorts(PortalBrowser browser) {
        long total = restTotal("");
        assertThat(total).as("products in the catalog (REST)").isGreaterThan(2L * PAGE_SIZE);

        ProductListPage list = ProductListPage.open(browser);
        List<Row> firstPage = list.rows();
        assertThat(firstPage).hasSize(PAGE_SIZE);
        assertThat(list.totalRecords()).as("paginator total (%s)", list.pageReport()).isEqualTo(total);
        assertThat(list.pageReport()).isEqualTo("1-" + PAGE_SIZE + " of " + total);
        assertThat(ndcs(firstPage)).as("first page, by name").isEqualTo(restNdcs("limit=" + PAGE_SIZE));
        assertThat(firstPage).allSatisfy(row -> {
            assertThat(row.name()).isNotBlank();
            assertThat(row.ndc11()).matches("\\d{11}");
            assertThat(row.href()).endsWith("catalog/product.xhtml?ndc=" + row.ndc11());
        });

        list.goToPage(2);
        List<Row> secondPage = list.rows();
        assertThat(list.currentPage()).isEqualTo(2);
        assertThat(list.pageReport()).isEqualTo((PAGE_SIZE + 1) + "-" + 2 * PAGE_SIZE + " of " + total);
        assertThat(secondPage).hasSize(PAGE_SIZE);
        assertThat(ndcs(secondPage)).as("page 2 shares no row with page 1").doesNotContainAnyElementsOf(ndcs(firstPage));
        assertThat(ndcs(secondPage)).as("page 2, by name").isEqualTo(restNdcs("limit=" + PAGE_SIZE + "&offset=" + PAGE_SIZE));

        // Search from page 2: the table reloads for the text and goes back to the first page.
        Map<String, Object> expected = rest("q=" + SEARCH + "&limit=500");
        List<Map<String, Object>> matches = items(expected);
        long matchCount = total(expected);
        assertThat(matchCount).as("REST products matching '%s'", SEARCH).isPositive();
        assertThat(matches).as("REST: every match's name or generic name starts with '%s'", SEARCH)
                .allSatisfy(p -> assertThat(startsWith(p.get("name"), SEARCH) || startsWith(p.get("genericName"), SEARCH))
                        .as("%s / %s", p.get("name"), p.get("genericName")).isTrue());

        list.search(SEARCH);
        List<Row> found = list.rows();
        assertThat(list.searchText()).isEqualTo(SEARCH);
        assertThat(list.totalRecords()).as("paginator total after search (%s)", list.pageReport()).isEqualTo(matchCount);
        assertThat(list.firstRecord()).as("back on the first page").isEqualTo(1);
        assertThat(found).hasSize((int) Math.min(PAGE_SIZE, matchCount));
        assertThat(ndcs(found)).as("search results, by name").isEqualTo(ndcs(matches).subList(0, found.size()));
        Map<String, Map<String, Object>> byNdc = new HashMap<>();
        matches.forEach(p -> byNdc.put((String) p.get("ndc11"), p));
        assertThat(found).as("only products whose name or generic name starts with '%s'", SEARCH).allSatisfy(row -> {
            Map<String, Object> product = byNdc.get(row.ndc11());
            assertThat(product).as("row %s is a REST match", row.ndc11()).isNotNull();
            assertThat(row.name()).isEqualTo(product.get("name"));
            assertThat(startsWith(row.name(), SEARCH) || startsWith(product.get("genericName"), SEARCH))
                    .as("%s / %s", row.name(), product.get("genericName")).isTrue();
        });

        list.sortBy(NDC_COLUMN, SortState.DESCENDING);
        List<Row> sorted = list.rows();
        List<Map<String, Object>> firstByNdcDesc = items(rest("q=" + SEARCH + "&sort=ndc&order=desc&limit=1"));
        assertThat(firstByNdcDesc).hasSize(1);
        assertThat(sorted.get(0).ndc11()).as("first row by NDC descending").isEqualTo(firstByNdcDesc.get(0).get("ndc11"));
        assertThat(ndcs(sorted)).as("sorted by NDC descending").isSortedAccordingTo(Comparator.reverseOrder())
                .isEqualTo(restNdcs("q=" + SEARCH + "&sort=ndc&order=desc&limit=" + PAGE_SIZE));
        assertThat(list.totalRecords()).as("sorting keeps the search").isEqualTo(matchCount);

        // Click the first product: its detail, as the REST API has it.
        Row first = sorted.get(0);
        ProductDetailPage detail = list.openProduct(first.ndc11());
        Map<String, Object> product = restProduct(first.ndc11());
        assertThat(detail.showsProduct()).as("detail of %s shown; messages %s", first.ndc11(), detail.messageTexts()).isTrue();
        assertDetailMatches(detail, product);
        assertThat(detail.name()).isEqualTo(first.name());
    }

    @Test
    @DisplayName("a controlled substance shows its DEA schedule on the detail page (found by NDC search)")
    void scheduledProductShowsDeaSchedule(PortalBrowser browser) {
        Map<String, Object> scheduled = findScheduledProduct()
                .orElseThrow(() -> new AssertionError("the catalog has no product with a DEA schedule (REST deaSchedule)"));
        String ndc11 = (String) scheduled.get("ndc11");

        ProductListPage list = ProductListPage.open(browser).search(ndc11);
        assertThat(list.ndcs()).as("searching by the 11-digit NDC").containsExactly(ndc11);
        ProductDetailPage detail = list.openProduct(ndc11);

        Map<String, Object> product = restProduct(ndc11);
        assertThat(detail.showsProduct()).as("detail of %s shown; messages %s", ndc11, detail.messageTexts()).isTrue();
        assertDetailMatches(detail, product);
        assertThat(product.get("deaSchedule")).isNotNull();
        assertThat(detail.deaSchedule()).as("DEA schedule text")
                .startsWith((String) product.get("deaSchedule"))
                .isNotEqualTo("not controlled");
        if (product.get("deaScheduleSource") != null) {
            assertThat(detail.deaSchedule()).isEqualTo(product.get("deaSchedule") + " (" + product.get("deaScheduleSource") + ")");
        }
    }

    @Test
    @DisplayName("a malformed NDC in the detail URL shows a clear message, not an error page or stack trace")
    void malformedNdcShowsMessage(PortalBrowser browser) {
        ProductDetailPage detail = ProductDetailPage.open(browser, "12-34");

        String source = detail.pageSource();
        assertThat(detail.isErrorPage()).as("generic error page instead of a message").isFalse();
        assertThat(source).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(detail.showsProduct()).isFalse();
        assertThat(detail.messageTexts()).as("messages").isNotEmpty()
                .anySatisfy(text -> assertThat(text).contains("12-34"));
        // The portal still works around it: layout and menu are there.
        assertThat(browser.driver().findElements(By.id("menuForm:mainMenu"))).hasSize(1);
    }

    private static void assertDetailMatches(ProductDetailPage detail, Map<String, Object> product) {
        assertThat(detail.name()).isEqualTo(product.get("name"));
        assertThat(detail.ndc11()).as("hyphenated 11-digit NDC").matches("\\d{5}-\\d{4}-\\d{2}")
                .isEqualTo(product.get("ndc11Hyphenated"))
                .isEqualTo(hyphenated((String) product.get("ndc11")));
        if (product.get("gtin14") != null) {
            assertThat(detail.gtin14()).as("GTIN-14").matches("\\d{14}").isEqualTo(product.get("gtin14"));
        } else {
            assertThat(detail.gtin14()).contains("not derivable");
        }
        if (product.get("deaSchedule") == null) {
            assertThat(detail.deaSchedule()).isEqualTo("not controlled");
        }
    }

    /** The first product (in name order) the REST API reports with a DEA schedule, paging with the cursor. */
    private static Optional<Map<String, Object>> findScheduledProduct() {
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            Map<String, Object> result = rest("limit=500&fields=ndc11,name,deaSchedule"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            Optional<Map<String, Object>> scheduled = items(result).stream()
                    .filter(p -> p.get("deaSchedule") != null && !p.get("deaSchedule").toString().isBlank())
                    .findFirst();
            if (scheduled.isPresent()) {
                return scheduled;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> paging = (Map<String, Object>) result.get("page");
            cursor = (String) paging.get("nextCursor");
            if (cursor == null || items(result).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String hyphenated(String ndc11) {
        return ndc11.substring(0, 5) + "-" + ndc11.substring(5, 9) + "-" + ndc11.substring(9);
    }

    private static boolean startsWith(Object text, String prefix) {
        return text != null && text.toString().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private static List<String> ndcs(List<?> rowsOrItems) {
        List<String> ndcs = new ArrayList<>();
        for (Object o : rowsOrItems) {
            ndcs.add(o instanceof Row row ? row.ndc11() : (String) ((Map<?, ?>) o).get("ndc11"));
        }
        return ndcs;
    }

    private static List<String> restNdcs(String query) {
        return ndcs(items(rest(query)));
    }

    private static long restTotal(String query) {
        return total(rest((query.isEmpty() ? "" : query + "&") + "limit=1"));
    }

    private static long total(Map<String, Object> result) {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) result.get("page");
        assertThat(page.get("totalIsEstimate")).as("REST total is exact").isNotEqualTo(Boolean.TRUE);
        return ((Number) page.get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("items");
    }

    private static Map<String, Object> rest(String query) {
        return getJson("api/v1/products" + (query.isEmpty() ? "" : "?" + query));
    }

    private static Map<String, Object> restProduct(String ndc) {
        return getJson("api/v1/products/" + URLEncoder.encode(ndc, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> getJson(String path) {
        URI uri = SystemUnderTest.app().resolve(path);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + SystemUnderTest.token("ADMIN")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
            return Objects.requireNonNull(JSON.toType(response.body(), new TypeToken<Map<String, Object>>() { }.getType()));
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: GET " + uri, e);
        }
    }
}
