package org.pharmadist.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stock of a product's lots that will not sell before expiry at the forecast rate.
 *
 * <p>Lots are consumed in FEFO order (earliest expiry first; then lot id). A lot sells on the business days from
 * today through its expiry date ({@code sellingDays = expiry - today + 1}, the sellable rule lets a lot sell on its
 * expiry date). With {@code sold} = what earlier lots take, lot {@code i} can sell
 * {@code min(q_i, max(0, rate * sellingDays_i - sold))}; the rest is at risk. Demand arriving while an earlier lot
 * still has stock goes to that lot (FEFO), so a later lot only sells the demand after them.
 *
 * <p>Suggested action for a lot with stock at risk, by its days to expiry {@code d} (expiry - today):
 * {@code d >= returnMinDays} RETURN_TO_SUPPLIER (default 180: suppliers take returns with at least six months left);
 * {@code d >= redistributeMinDays} REDISTRIBUTE (default 45: time to move stock); otherwise DISCOUNT.
 * Lots without an expiry date never expire and carry no risk. Quantities in stock units, scale 3, HALF_UP.
 */
public final class ExpiryRiskCalculator {

    private final int returnMinDays;
    private final int redistributeMinDays;

    /**
     * @param returnMinDays       minimum days to expiry for a supplier return (&gt;= redistributeMinDays)
     * @param redistributeMinDays minimum days to expiry to redistribute (&gt;= 0)
     */
    public ExpiryRiskCalculator(int returnMinDays, int redistributeMinDays) {
        if (redistributeMinDays < 0 || returnMinDays < redistributeMinDays) {
            throw new IllegalArgumentException("need 0 <= redistributeMinDays <= returnMinDays");
        }
        this.returnMinDays = returnMinDays;
        this.redistributeMinDays = redistributeMinDays;
    }

    /**
     * The lots with stock at risk (lots that sell out are left out), in FEFO order.
     *
     * @param lots       the product's sellable stock by lot (expired lots are not sellable and not passed)
     * @param ratePerDay forecast demand per day in stock units (&gt;= 0)
     * @param today      business date in the company time zone
     */
    public List<LotRisk> assess(List<LotStock> lots, double ratePerDay, LocalDate today) {
        List<LotStock> fefo = new ArrayList<>(lots);
        fefo.sort(Comparator.comparing(LotStock::expiry, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(LotStock::lotId));
        List<LotRisk> out = new ArrayList<>();
        double sold = 0;
        for (LotStock lot : fefo) {
            double q = lot.quantity().doubleValue();
            if (lot.expiry() == null) {
                sold += q;
                continue;
            }
            long daysToExpiry = ChronoUnit.DAYS.between(today, lot.expiry());
            double capacity = Math.max(0, ratePerDay * (daysToExpiry + 1) - sold);
            double sellable = Math.min(q, capacity);
            sold += sellable;
            BigDecimal atRisk = lot.quantity().subtract(BigDecimal.valueOf(sellable)).setScale(3, RoundingMode.HALF_UP);
            if (atRisk.signum() > 0) {
                out.add(new LotRisk(lot.lotId(), lot.lotNumber(), lot.expiry(), daysToExpiry,
                        lot.quantity().setScale(3, RoundingMode.HALF_UP), BigDecimal.valueOf(sellable).setScale(3,
                        RoundingMode.HALF_UP), atRisk, action(daysToExpiry)));
            }
        }
        return out;
    }

    ExpiryAction action(long daysToExpiry) {
        if (daysToExpiry >= returnMinDays) {
            return ExpiryAction.RETURN_TO_SUPPLIER;
        }
        return daysToExpiry >= redistributeMinDays ? ExpiryAction.REDISTRIBUTE : ExpiryAction.DISCOUNT;
    }

    /**
     * Sellable stock of one lot.
     *
     * @param lotId     lot id
     * @param lotNumber lot number
     * @param expiry    expiry date (null: does not expire)
     * @param quantity  sellable on-hand quantity, stock units
     */
    public record LotStock(long lotId, String lotNumber, LocalDate expiry, BigDecimal quantity) {
    }

    /**
     * One lot's expiry risk.
     *
     * @param lotId             lot id
     * @param lotNumber         lot number
     * @param expiry            expiry date
     * @param daysToExpiry      expiry - today, days
     * @param quantity          sellable on-hand quantity, stock units
     * @param sellableQuantity  expected to sell before expiry
     * @param atRiskQuantity    expected to remain at expiry (&gt; 0)
     * @param action            suggested action
     */
    public record LotRisk(long lotId, String lotNumber, LocalDate expiry, long daysToExpiry, BigDecimal quantity,
            BigDecimal sellableQuantity, BigDecimal atRiskQuantity, ExpiryAction action) {
    }
}
