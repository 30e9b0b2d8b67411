package org.pharmadist.inventory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.inventory.application.NearExpiryReport;
import org.pharmadist.inventory.application.StockValuation;
import org.pharmadist.platform.web.PortalMessages;

/**
 * The near-expiry report ({@code inventory/near-expiry.xhtml}) with a horizon input defaulting to the service's setting,
 * and the stock valuation ({@code inventory/valuation.xhtml}); both inventory:view, values at moving average cost,
 * money scale 2.
 */
@Named
@ViewScoped
public class InventoryReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HORIZON_FIELD = "nearExpiryForm:horizon";

    @Inject
    InventoryQueryService inventory;

    private String horizon;
    private NearExpiryReport nearExpiry;
    private StockValuation valuation;

    /** View action of the near-expiry page: the report for the default horizon. */
    public void loadNearExpiry() {
        try {
            horizon = String.valueOf(inventory.nearExpiryHorizonDays());
            nearExpiry = inventory.nearExpiry(null);
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** Runs the near-expiry report for the horizon typed; message beside the field when it is not 0-3650 days. */
    public void runNearExpiry() {
        Integer days;
        try {
            days = InventoryPages.wholeNumber(horizon);
        } catch (NumberFormatException e) {
            InventoryPages.fieldError(HORIZON_FIELD, "Enter the horizon as whole days, e.g. 90.");
            return;
        }
        try {
            nearExpiry = inventory.nearExpiry(days);
            horizon = String.valueOf(nearExpiry.horizonDays());
        } catch (RuntimeException e) {
            InventoryPages.show(e, Map.of("horizonDays", HORIZON_FIELD));
        }
    }

    /** View action of the valuation page. */
    public void loadValuation() {
        try {
            valuation = inventory.valuation();
        } catch (RuntimeException e) {
            PortalMessages.show(e);
        }
    }

    /** "2026-05-01 13:45:10" UTC. */
    public String utc(java.time.Instant instant) {
        return InventoryPages.utc(instant);
    }

    /** Last expiry date the near-expiry report includes (as of + horizon), null before it ran. */
    public java.time.LocalDate getNearExpiryLimit() {
        return nearExpiry == null ? null : nearExpiry.asOf().plusDays(nearExpiry.horizonDays());
    }

    public String getHorizon() {
        return horizon;
    }

    public void setHorizon(String horizon) {
        this.horizon = horizon;
    }

    /** The near-expiry report shown, null before it ran or when refused. */
    public NearExpiryReport getNearExpiry() {
        return nearExpiry;
    }

    /** The valuation, null when refused. */
    public StockValuation getValuation() {
        return valuation;
    }
}
