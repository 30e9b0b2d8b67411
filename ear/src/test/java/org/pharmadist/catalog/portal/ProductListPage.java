package org.pharmadist.catalog.portal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the product list ({@code catalog/products.xhtml}): the search box
 * ({@code productsForm:search}, ajax on keyup after 300 ms) and the lazy PrimeFaces table
 * {@code productsForm:products} (25 rows a page, sortable by name and NDC). Every action waits for its
 * ajax request to complete and the PrimeFaces queue to be idle; nothing sleeps.
 */
public final class ProductListPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "catalog/products.xhtml";

    private static final String TABLE = "productsForm:products";
    private static final String SEARCH = "productsForm:search";
    private static final By SEARCH_INPUT = By.id(SEARCH);
    private static final By TABLE_ELEMENT = By.id(TABLE);
    private static final By TOP_PAGINATOR = By.id(TABLE + "_paginator_top");
    private static final Pattern REPORT = Pattern.compile("(\\d[\\d,]*)\\s*-\\s*(\\d[\\d,]*)\\s+of\\s+(\\d[\\d,]*)");

    /** Reads the rows of the table body in one go (no stale elements); the empty-message row is not a row. */
    private static final String READ_ROWS = """
            var body = document.getElementById(arguments[0] + '_data');
            if (!body) { return null; }
            var rows = [];
            for (var tr of body.rows) {
              if (tr.classList.contains('ui-datatable-empty-message')) { continue; }
              var link = tr.querySelector('a.pd-product-link');
              var ndc = tr.querySelector('.pd-ndc11');
              rows.push({name: link ? link.textContent.trim() : '', ndc11: ndc ? ndc.textContent.trim() : '',
                         href: link ? link.getAttribute('href') : ''});
            }
            return rows;
            """;

    /** One table row as shown. */
    public record Row(String name, String ndc11, String href) {
    }

    /** Sort direction of a column header as the table shows it. */
    public enum SortState { NONE, ASCENDING, DESCENDING }

    private final PortalBrowser browser;

    private ProductListPage(PortalBrowser browser) {
        this.browser = browser;
        browser.await("product table " + TABLE + " shown", d -> !d.findElements(TABLE_ELEMENT).isEmpty()
                && d.findElement(TABLE_ELEMENT).isDisplayed());
        browser.awaitAjaxIdle();
    }

    /** Opens the list by URL. */
    public static ProductListPage open(PortalBrowser browser) {
        browser.open(PATH);
        return new ProductListPage(browser);
    }

    /** The list after a navigation to it (menu, link) has been started. */
    public static ProductListPage expect(PortalBrowser browser) {
        browser.await("URL of the product list", d -> Objects.requireNonNull(d.getCurrentUrl()).contains("/" + PATH));
        return new ProductListPage(browser);
    }

    /** Rows of the current page, in display order. */
    public List<Row> rows() {
        List<Map<String, Object>> raw = browser.await("rows of " + TABLE, d -> browser.script(READ_ROWS, TABLE));
        return raw.stream().map(r -> new Row((String) r.get("name"), (String) r.get("ndc11"), (String) r.get("href"))).toList();
    }

    /** NDCs of the rows of the current page, in display order. */
    public List<String> ndcs() {
        return rows().stream().map(Row::ndc11).toList();
    }

    /** The paginator's report, e.g. "1-25 of 3240". */
    public String pageReport() {
        return browser.driver().findElement(TOP_PAGINATOR).findElement(By.cssSelector(".ui-paginator-current")).getText().trim();
    }

    /** Total records as the paginator reports them. */
    public long totalRecords() {
        return reportNumber(3);
    }

    /** Number of the first record shown (1-based), as the paginator reports it. */
    public long firstRecord() {
        return reportNumber(1);
    }

    private long reportNumber(int group) {
        String report = pageReport();
        Matcher m = REPORT.matcher(report);
        if (!m.find()) {
            throw new AssertionError("paginator report '" + report + "' is not '<first>-<last> of <total>'");
        }
        return Long.parseLong(m.group(group).replace(",", ""));
    }

    /** The active page number (1-based). */
    public int currentPage() {
        return Integer.parseInt(browser.driver().findElement(TOP_PAGINATOR)
                .findElement(By.cssSelector(".ui-paginator-page.ui-state-active")).getText().trim());
    }

    /** Current text of the search box. */
    public String searchText() {
        return browser.driver().findElement(SEARCH_INPUT).getDomProperty("value");
    }

    /**
     * Types the search text (replacing what was there) and waits until the table was reloaded for
     * exactly this text: the last completed ajax request posted it and nothing is queued any more.
     */
    public ProductListPage search(String text) {
        long before = browser.ajaxCompleted();
        WebElement input = browser.driver().findElement(SEARCH_INPUT);
        input.clear();
        input.sendKeys(text);
        browser.await("the table reloaded for search '" + text + "'",
                d -> browser.ajaxCompleted() > before && browser.ajaxIdle() && text.equals(browser.lastAjaxParameter(SEARCH)));
        return this;
    }

    /** Clicks the page number in the top paginator and waits until that page is shown. */
    public ProductListPage goToPage(int page) {
        if (currentPage() == page) {
            return this;
        }
        WebElement link = browser.driver().findElement(TOP_PAGINATOR).findElements(By.cssSelector(".ui-paginator-page")).stream()
                .filter(e -> e.getText().trim().equals(Integer.toString(page)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to page " + page + " in the paginator (" + pageReport() + ")"));
        long before = browser.ajaxCompleted();
        link.click();
        browser.awaitAjaxAfter(before);
        browser.await("page " + page + " active", d -> currentPage() == page);
        return this;
    }

    /** Goes to the following page (its number in the paginator) and waits until it is shown. */
    public ProductListPage nextPage() {
        return goToPage(currentPage() + 1);
    }

    /** Sort state of a column, read from its header (aria-sort, else the sort icon). */
    public SortState sortState(String headerText) {
        WebElement th = header(headerText);
        String aria = th.getDomAttribute("aria-sort");
        if ("ascending".equals(aria)) {
            return SortState.ASCENDING;
        }
        if ("descending".equals(aria)) {
            return SortState.DESCENDING;
        }
        String icon = th.findElement(By.cssSelector(".ui-sortable-column-icon")).getDomAttribute("class");
        if (icon.contains("ui-icon-triangle-1-n")) {
            return SortState.ASCENDING;
        }
        if (icon.contains("ui-icon-triangle-1-s")) {
            return SortState.DESCENDING;
        }
        return SortState.NONE;
    }

    /** Clicks the column header (at most three times) until the table is sorted that way, waiting for each reload. */
    public ProductListPage sortBy(String headerText, SortState wanted) {
        for (int click = 0; click < 3 && sortState(headerText) != wanted; click++) {
            long before = browser.ajaxCompleted();
            header(headerText).findElement(By.cssSelector(".ui-column-title")).click();
            browser.awaitAjaxAfter(before);
        }
        SortState state = sortState(headerText);
        if (state != wanted) {
            throw new AssertionError("column '" + headerText + "' is sorted " + state + ", not " + wanted);
        }
        return this;
    }

    private WebElement header(String headerText) {
        return browser.driver().findElements(By.cssSelector("[id='" + TABLE + "'] thead th.ui-sortable-column")).stream()
                .filter(th -> th.findElement(By.cssSelector(".ui-column-title")).getText().trim().equals(headerText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sortable column '" + headerText + "'"));
    }

    /** Clicks the product's name link and returns its detail page. */
    public ProductDetailPage openProduct(String ndc11) {
        WebElement link = browser.driver().findElements(By.cssSelector("[id='" + TABLE + "_data'] a.pd-product-link")).stream()
                .filter(a -> Objects.requireNonNullElse(a.getDomAttribute("href"), "").endsWith("ndc=" + ndc11))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no product link for NDC " + ndc11 + " on this page: " + ndcs()));
        link.click();
        return ProductDetailPage.expect(browser, ndc11);
    }
}
