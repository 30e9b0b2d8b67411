package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.pharmadist.catalog.application.ProductCatalogService;
import org.pharmadist.catalog.application.ProductQueryService;
import org.pharmadist.catalog.application.ProductSearch;
import org.pharmadist.catalog.application.ProductSummary;
import org.pharmadist.inventory.application.Availability;
import org.pharmadist.inventory.application.ExpiryBand;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.StockLine;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.web.PortalMessages;

/**
 * Stock of one product by warehouse, location and lot ({@code inventory/stock.xhtml?ndc=...&minShelfLifeDays=...},
 * inventory:view), with the product's available-to-promise above the table. Rows are highlighted by
 * {@link ExpiryBand} from the service's remaining shelf life and near-expiry horizon (expired red, near expiry amber);
 * lots that are not AVAILABLE are marked. The search takes an NDC in any format or the start of a product name.
 */
@Named
@ViewScoped
public class StockView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEARCH_FIELD = "searchForm:query";
    private static final String MIN_SHELF_LIFE_FIELD = "atpForm:minShelfLifeDays";

    @Inject
    InventoryQueryService inventory;

    @Inject
    ProductQueryService products;

    @Inject
    ProductCatalogService catalog;

    private String ndc;
    private String query;
    private String minShelfLifeDays;
    private String productName;
    private List<StockLine> lines = List.of();
    private Availability availability;
    private List<ProductSummary> candidates = List.of();
    private int horizonDays;

    /** View action: loads the stock of the product named by the {@code ndc} view parameter, if any. */
    public void load() {
        if (ndc == null || ndc.isBlank()) {
            return;
        }
        if (query == null) {
            query = ndc;
        }
        try {
            horizonDays = inventory.nearExpiryHorizonDays();
            productName = catalog.byIdentifier(ndc).name();
            lines = inventory.stockByProduct(ndc, null);
        } catch (RuntimeException e) {
            productName = null;
            lines = List.of();
            InventoryPages.show(e, Map.of("ndc", SEARCH_FIELD));
            return;
        }
        recalculate();
    }

    /** Available-to-promise for the minimum remaining shelf life typed (blank = none); message beside the field. */
    public void recalculate() {
        Integer days;
        try {
            days = InventoryPages.wholeNumber(minShelfLifeDays);
        } catch (NumberFormatException e) {
            InventoryPages.fieldError(MIN_SHELF_LIFE_FIELD, "Enter the minimum remaining shelf life as whole days, e.g. 180.");
            return;
        }
        try {
            availability = inventory.availability(ndc, days, null);
        } catch (RuntimeException e) {
            availability = null;
            InventoryPages.show(e, Map.of("minShelfLifeDays", MIN_SHELF_LIFE_FIELD));
        }
    }

    /**
     * Finds the product typed: an NDC (any format) opens its stock; else the products whose name or generic name starts
     * with the text are offered (one match opens directly).
     */
    public String search() {
        candidates = List.of();
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            InventoryPages.fieldError(SEARCH_FIELD, "Enter an NDC (any format) or the start of a product name.");
            return null;
        }
        try {
            inventory.productId(text);
            return open(text);
        } catch (BusinessException notAnNdcInStock) {
            // not a known NDC: search the catalog by name prefix below
        } catch (RuntimeException e) {
            PortalMessages.show(e);
            return null;
        }
        try {
            List<ProductSummary> found = products.search(new ProductSearch(text, "name", false),
                    new PageRequest(20, 0, null)).items();
            if (found.isEmpty()) {
                InventoryPages.fieldError(SEARCH_FIELD, "No product has the NDC or a name starting with '" + text + "'.");
                return null;
            }
            if (found.size() == 1) {
                return open(found.get(0).ndc11());
            }
            candidates = found;
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of("q", SEARCH_FIELD));
        }
        return null;
    }

    private static String open(String ndc) {
        return "/inventory/stock?faces-redirect=true&ndc=" + URLEncoder.encode(ndc, StandardCharsets.UTF_8);
    }

    /** CSS classes of a row: expiry band (pd-expired, pd-near-expiry) and pd-blocked for lots not AVAILABLE. */
    public String rowClass(StockLine line) {
        return InventoryFormat.rowClass(line.daysToExpiry(), line.lotStatus(), horizonDays);
    }

    /** Words for the expiry band of a row: "expired", "near expiry" or "". */
    public String expiryText(StockLine line) {
        return InventoryFormat.expiryText(line.daysToExpiry(), horizonDays);
    }

    public String getNdc() {
        return ndc;
    }

    public void setNdc(String ndc) {
        this.ndc = ndc;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getMinShelfLifeDays() {
        return minShelfLifeDays;
    }

    public void setMinShelfLifeDays(String minShelfLifeDays) {
        this.minShelfLifeDays = minShelfLifeDays;
    }

    /** Name of the product shown, null when none. */
    public String getProductName() {
        return productName;
    }

    /** Stock lines, FEFO order. */
    public List<StockLine> getLines() {
        return lines;
    }

    /** ATP of the product, null before a product is chosen. */
    public Availability getAvailability() {
        return availability;
    }

    /** Products matching a name search, when more than one. */
    public List<ProductSummary> getCandidates() {
        return candidates;
    }

    /** Near-expiry horizon in days (the service's setting). */
    public int getHorizonDays() {
        return horizonDays;
    }
}
