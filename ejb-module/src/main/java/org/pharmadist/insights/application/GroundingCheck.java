package org.pharmadist.insights.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmadist.insights.application.AiPanel.AiAction;
import org.pharmadist.insights.application.InsightsFigures.CustomerLine;
import org.pharmadist.insights.application.InsightsFigures.ExpiryRiskLine;
import org.pharmadist.insights.application.InsightsFigures.ProductForecast;
import org.pharmadist.insights.application.InsightsFigures.ReorderLine;

/**
 * Keeps only model actions grounded in the figures the model was given:
 * <ul>
 * <li>a {@code productId} must be a product of the forecasts, reorder suggestions or expiry risks;</li>
 * <li>a {@code lotId} must be a lot of the expiry risks (of that product when both are named);</li>
 * <li>a {@code customerId} must be a customer of the churn insights;</li>
 * <li>a {@code quantity} must equal (numerically) a quantity the figures give for that lot, or else for that
 *     product (rate, total demand, reorder point, safety stock, position, order quantity, lot and at-risk
 *     quantities); a quantity with neither product nor lot cannot be checked and is dropped;</li>
 * <li>REORDER, RETURN_TO_SUPPLIER, REDISTRIBUTE and DISCOUNT must name a product; CONTACT_CUSTOMER a customer.</li>
 * </ul>
 * Kept actions are renumbered 1..n in the model's priority order.
 */
public final class GroundingCheck {

    /** Action types the answer schema allows. */
    public static final List<String> TYPES = List.of("REORDER", "RETURN_TO_SUPPLIER", "REDISTRIBUTE", "DISCOUNT",
            "CONTACT_CUSTOMER", "REVIEW");

    private final Map<Long, Set<BigDecimal>> productQuantities = new HashMap<>();
    private final Map<Long, Set<BigDecimal>> lotQuantities = new HashMap<>();
    private final Map<Long, Long> lotProduct = new HashMap<>();
    private final Set<Long> customers = new HashSet<>();

    public GroundingCheck(InsightsFigures f) {
        for (ProductForecast p : f.forecasts()) {
            add(productQuantities, p.productId(), p.ratePerDay(), p.totalDemand());
        }
        for (ReorderLine r : f.reorderSuggestions()) {
            add(productQuantities, r.productId(), r.reorderPoint(), r.safetyStock(), r.position(), r.orderQuantity(),
                    r.orderUpTo());
        }
        for (ExpiryRiskLine e : f.expiryRisks()) {
            add(productQuantities, e.productId(), e.quantity(), e.atRiskQuantity(), e.sellableQuantity());
            add(lotQuantities, e.lotId(), e.quantity(), e.atRiskQuantity(), e.sellableQuantity());
            lotProduct.put(e.lotId(), e.productId());
        }
        for (CustomerLine c : f.customers().items()) {
            customers.add(c.customerId());
        }
    }

    private static void add(Map<Long, Set<BigDecimal>> map, long id, BigDecimal... values) {
        Set<BigDecimal> set = map.computeIfAbsent(id, k -> new HashSet<>());
        for (BigDecimal v : values) {
            if (v != null) {
                set.add(v.stripTrailingZeros());
            }
        }
    }

    /** The grounded actions, renumbered, and a reason for every dropped one. */
    public Result check(List<AiAction> proposed) {
        List<AiAction> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<AiAction> ordered = new ArrayList<>(proposed);
        ordered.sort(Comparator.comparingInt(AiAction::priority));
        for (AiAction a : ordered) {
            String why = reject(a);
            if (why == null) {
                kept.add(a);
            } else {
                dropped.add("action " + a.priority() + " (" + a.type() + "): " + why);
            }
        }
        List<AiAction> renumbered = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            AiAction a = kept.get(i);
            renumbered.add(new AiAction(i + 1, a.type(), a.productId(), a.lotId(), a.customerId(), a.quantity(), a.text()));
        }
        return new Result(List.copyOf(renumbered), List.copyOf(dropped));
    }

    private String reject(AiAction a) {
        if (!TYPES.contains(a.type())) {
            return "unknown action type";
        }
        if (a.productId() != null && !productQuantities.containsKey(a.productId())) {
            return "product " + a.productId() + " is not in the figures";
        }
        if (a.lotId() != null) {
            Long product = lotProduct.get(a.lotId());
            if (product == null) {
                return "lot " + a.lotId() + " is not in the figures";
            }
            if (a.productId() != null && !product.equals(a.productId())) {
                return "lot " + a.lotId() + " is not a lot of product " + a.productId();
            }
        }
        if (a.customerId() != null && !customers.contains(a.customerId())) {
            return "customer " + a.customerId() + " is not in the figures";
        }
        if (List.of("REORDER", "RETURN_TO_SUPPLIER", "REDISTRIBUTE", "DISCOUNT").contains(a.type())
                && a.productId() == null && a.lotId() == null) {
            return "names no product";
        }
        if ("CONTACT_CUSTOMER".equals(a.type()) && a.customerId() == null) {
            return "names no customer";
        }
        if (a.quantity() != null) {
            BigDecimal q = a.quantity().stripTrailingZeros();
            Set<BigDecimal> allowed = a.lotId() != null ? lotQuantities.get(a.lotId())
                    : a.productId() != null ? productQuantities.get(a.productId()) : null;
            if (allowed == null) {
                return "quantity " + a.quantity().toPlainString() + " names no product or lot";
            }
            if (!allowed.contains(q)) {
                return "quantity " + a.quantity().toPlainString() + " is not a figure of "
                        + (a.lotId() != null ? "lot " + a.lotId() : "product " + a.productId());
            }
        }
        return null;
    }

    /**
     * @param kept    grounded actions, priorities 1..n
     * @param dropped one reason per dropped action
     */
    public record Result(List<AiAction> kept, List<String> dropped) {
    }
}
