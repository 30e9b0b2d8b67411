package org.pharmadist.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reorder point and order quantity of one product from its daily forecast (stock units per day), the supplier's lead
 * time and a cycle service level:
 *
 * <pre>
 *   safety stock      SS  = z(serviceLevel) * sigma * sqrt(L)      sigma = forecast error per day, L = lead time days
 *   reorder point     ROP = rate * L + SS
 *   order-up-to level S   = ROP + rate * coverDays
 *   order quantity    Q   = ceil(S - position)   when position &lt;= ROP, else 0
 * </pre>
 *
 * {@code position} = sellable stock not reserved + open purchase-order quantity, in stock units. The order
 * quantity is a cover-days rule (order enough for the lead time, the safety stock and {@code coverDays} of demand
 * after it) rather than EOQ: PharmaDist keeps no ordering or holding cost per product, which EOQ needs. It is
 * rounded up to whole stock units; ROP, SS and S are published at scale 3, HALF_UP.
 */
public final class ReorderCalculator {

    private ReorderCalculator() {
    }

    /**
     * The reorder figures.
     *
     * @param ratePerDay   forecast demand per day, stock units, &gt;= 0
     * @param sigmaPerDay  forecast error per day, stock units, &gt;= 0
     * @param leadTimeDays supplier lead time in days, &gt;= 0
     * @param serviceLevel cycle service level, 0.5 &lt;= level &lt; 1 (e.g. 0.95)
     * @param coverDays    days of demand an order covers after the lead time, &gt;= 0
     * @param position     sellable unreserved stock + open purchase-order quantity, stock units
     * @throws IllegalArgumentException for values outside these ranges
     */
    public static Reorder compute(double ratePerDay, double sigmaPerDay, int leadTimeDays, double serviceLevel,
            int coverDays, BigDecimal position) {
        if (ratePerDay < 0 || sigmaPerDay < 0 || leadTimeDays < 0 || coverDays < 0) {
            throw new IllegalArgumentException("rate, sigma, lead time and cover days must be >= 0");
        }
        if (!(serviceLevel >= 0.5 && serviceLevel < 1)) {
            throw new IllegalArgumentException("service level must be in [0.5, 1), got " + serviceLevel);
        }
        double z = NormalQuantile.of(serviceLevel);
        double safety = z * sigmaPerDay * Math.sqrt(leadTimeDays);
        double rop = ratePerDay * leadTimeDays + safety;
        double upTo = rop + ratePerDay * coverDays;
        BigDecimal ropScaled = scale3(rop);
        BigDecimal quantity = BigDecimal.ZERO;
        if (position.compareTo(ropScaled) <= 0 && (ratePerDay > 0 || sigmaPerDay > 0)) {
            BigDecimal gap = BigDecimal.valueOf(upTo).subtract(position);
            quantity = gap.signum() > 0 ? gap.setScale(0, RoundingMode.CEILING) : BigDecimal.ZERO;
        }
        return new Reorder(z, scale3(safety), ropScaled, scale3(upTo), position.setScale(3, RoundingMode.HALF_UP),
                quantity.setScale(3, RoundingMode.UNNECESSARY));
    }

    static BigDecimal scale3(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }

    /**
     * Reorder figures in stock units, scale 3.
     *
     * @param z             normal quantile of the service level
     * @param safetyStock   SS
     * @param reorderPoint  ROP
     * @param orderUpTo     S
     * @param position      stock position used
     * @param orderQuantity Q, whole stock units (0 when the position is above ROP)
     */
    public record Reorder(double z, BigDecimal safetyStock, BigDecimal reorderPoint, BigDecimal orderUpTo,
            BigDecimal position, BigDecimal orderQuantity) {
    }
}
