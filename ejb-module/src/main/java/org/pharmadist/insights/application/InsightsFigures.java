package org.pharmadist.insights.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The statistical results of one computation ("statistical results" in the API and portal): no model involved.
 * Quantities are in each product's stock unit ({@code unit}), scale 3; rates per business day.
 *
 * @param asOf               business date (company time zone) the figures are computed for
 * @param demandSource       where the demand history came from, e.g. {@code "stock-ledger"}
 * @param parameters         parameters used
 * @param forecasts          products with outbound demand in the history, largest daily rate first
 * @param reorderSuggestions products whose stock position is at or below the reorder point, largest order first
 * @param expiryRisks        lots with stock that will not sell before expiry, earliest expiry first
 * @param customers          churn insights per customer
 */
public record InsightsFigures(LocalDate asOf, String demandSource, InsightsParameters parameters,
        List<ProductForecast> forecasts, List<ReorderLine> reorderSuggestions, List<ExpiryRiskLine> expiryRisks,
        CustomerInsights customers) {

    /**
     * @param productId      product id
     * @param ndc            NDC, 11 digits
     * @param name           product name
     * @param unit           stock unit
     * @param pattern        Syntetos-Boylan pattern (SMOOTH, ERRATIC, INTERMITTENT, LUMPY)
     * @param method         SES or CROSTON_SBA
     * @param historyDays    days in the history
     * @param demandDays     days with demand
     * @param adi            average inter-demand interval, days (scale 3)
     * @param cv2            squared coefficient of variation of the demand sizes (scale 3)
     * @param totalDemand    outbound quantity in the history
     * @param ratePerDay     forecast per day
     * @param sigmaPerDay    forecast error per day (RMSE of one-step-ahead errors)
     */
    public record ProductForecast(long productId, String ndc, String name, String unit, String pattern, String method,
            int historyDays, int demandDays, BigDecimal adi, BigDecimal cv2, BigDecimal totalDemand,
            BigDecimal ratePerDay, BigDecimal sigmaPerDay) {
    }

    /**
     * @param productId       product id
     * @param ndc             NDC
     * @param name            product name
     * @param unit            stock unit
     * @param leadTimeDays    lead time used
     * @param leadTimeSource  "preferred-supplier" or "default"
     * @param safetyStock     z * sigma * sqrt(L)
     * @param reorderPoint    rate * L + safety stock
     * @param orderUpTo       reorder point + rate * cover days
     * @param position        sellable unreserved stock + open purchase orders
     * @param orderQuantity   suggested order, whole stock units
     */
    public record ReorderLine(long productId, String ndc, String name, String unit, int leadTimeDays,
            String leadTimeSource, BigDecimal safetyStock, BigDecimal reorderPoint, BigDecimal orderUpTo,
            BigDecimal position, BigDecimal orderQuantity) {
    }

    /**
     * @param productId        product id
     * @param ndc              NDC
     * @param name             product name
     * @param unit             stock unit
     * @param lotId            lot id
     * @param lotNumber        lot number
     * @param expiry           expiry date
     * @param daysToExpiry     days from the business date to expiry
     * @param quantity         sellable unreserved stock of the lot
     * @param sellableQuantity expected to sell before expiry at the forecast rate (FEFO across the product's lots)
     * @param atRiskQuantity   expected left at expiry
     * @param ratePerDay       forecast used
     * @param action           RETURN_TO_SUPPLIER, REDISTRIBUTE or DISCOUNT
     */
    public record ExpiryRiskLine(long productId, String ndc, String name, String unit, long lotId, String lotNumber,
            LocalDate expiry, long daysToExpiry, BigDecimal quantity, BigDecimal sellableQuantity,
            BigDecimal atRiskQuantity, BigDecimal ratePerDay, String action) {
    }

    /**
     * @param available  false when the demand source does not know customers
     * @param note       why not available, or the rule applied
     * @param items      customers with MEDIUM or HIGH risk, highest first
     */
    public record CustomerInsights(boolean available, String note, List<CustomerLine> items) {
    }

    /**
     * @param customerId          customer id
     * @param level               MEDIUM or HIGH
     * @param baselineOrders      order days before the recent window
     * @param recentOrders        order days in the recent window
     * @param ratio               recent rate / baseline rate (scale 3)
     * @param daysSinceLastOrder  days since the last order
     */
    public record CustomerLine(long customerId, String level, int baselineOrders, int recentOrders, BigDecimal ratio,
            long daysSinceLastOrder) {
    }
}
