package org.pharmadist.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pharmadist.compliance.domain.SuspiciousOrderRule;
import org.pharmadist.sales.application.SalesCalendar;
import org.pharmadist.sales.application.SalesOrderGate;
import org.pharmadist.sales.domain.HoldKind;

/**
 * Suspicious order monitoring (21 CFR 1301.74(b)) as a sales order gate: at confirmation and when a line is added to
 * a confirmed order, every line of a scheduled product (CII-CV on the catalog product) is judged by
 * {@link SuspiciousOrderRule} against the customer's own confirmed orders of the same product family (active
 * substance: the product's generic name, case-insensitive; the product itself when it has none) in the rolling window.
 * A suspicious line gets a SUSPICIOUS_ORDER hold naming the figures; a COMPLIANCE user (compliance:release) releases
 * or rejects it with a written reason, kept on the hold with who and when. The shipment step is not judged again (the
 * decision stands). The history is one SQL aggregate for all lines of the step.
 *
 * <p>Configuration (MicroProfile Config): {@code pharmadist.compliance.som.size-multiple} (default 3),
 * {@code .frequency-multiple} (2), {@code .first-order-cap} (100 stock units), {@code .window-days} (180).
 */
@Stateless
public class SuspiciousOrderGate implements SalesOrderGate {

    static final String HISTORY_SQL = """
            WITH fam AS (
                SELECT p.id AS product_id, p.dea_schedule,
                       coalesce(nullif(lower(trim(p.generic_name)), ''), 'product ' || p.id) AS family
                FROM product p WHERE p.id IN (:products) AND p.dea_schedule IN ('CII', 'CIII', 'CIV', 'CV')
            ),
            hist AS (
                SELECT coalesce(nullif(lower(trim(p.generic_name)), ''), 'product ' || p.id) AS family,
                       o.id AS order_id, o.order_date, l.stock_quantity
                FROM sales_order o
                JOIN sales_order_line l ON l.order_id = o.id
                JOIN product p ON p.id = l.product_id
                WHERE o.customer_id = :customer AND o.id <> :order AND o.status NOT IN ('DRAFT', 'CANCELLED')
                  AND l.status <> 'CANCELLED' AND o.order_date > :from AND p.dea_schedule IS NOT NULL
            )
            SELECT f.product_id, f.family, count(DISTINCT h.order_id), coalesce(sum(h.stock_quantity), 0),
                   count(DISTINCT h.order_id) FILTER (WHERE h.order_date > :recent)
            FROM fam f LEFT JOIN hist h ON h.family = f.family
            GROUP BY f.product_id, f.family
            """;

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    @ConfigProperty(name = "pharmadist.compliance.som.size-multiple", defaultValue = "3")
    String sizeMultiple;

    @Inject
    @ConfigProperty(name = "pharmadist.compliance.som.frequency-multiple", defaultValue = "2")
    String frequencyMultiple;

    @Inject
    @ConfigProperty(name = "pharmadist.compliance.som.first-order-cap", defaultValue = "100")
    String firstOrderCap;

    @Inject
    @ConfigProperty(name = "pharmadist.compliance.som.window-days", defaultValue = "180")
    String windowDays;

    private SuspiciousOrderRule rule;

    /** The gate on explicit collaborators, for callers outside a container (persistence tests). */
    public static SuspiciousOrderGate using(EntityManager em, SalesCalendar calendar, SuspiciousOrderRule rule) {
        SuspiciousOrderGate g = new SuspiciousOrderGate();
        g.em = em;
        g.calendar = calendar;
        g.rule = rule;
        return g;
    }

    /** The configured rule; a bad setting fails loudly (IllegalArgumentException naming the property). */
    SuspiciousOrderRule rule() {
        if (rule == null) {
            try {
                rule = new SuspiciousOrderRule(new BigDecimal(sizeMultiple.strip()), new BigDecimal(frequencyMultiple.strip()),
                        new BigDecimal(firstOrderCap.strip()), Integer.parseInt(windowDays.strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("pharmadist.compliance.som.* is not valid (size-multiple=" + sizeMultiple
                        + ", frequency-multiple=" + frequencyMultiple + ", first-order-cap=" + firstOrderCap + ", window-days="
                        + windowDays + "): " + e.getMessage(), e);
            }
        }
        return rule;
    }

    @Override
    public List<Hold> check(OrderContext order) {
        if (order.step() == Step.SHIP || order.lines().isEmpty()) {
            return List.of();
        }
        SuspiciousOrderRule r = rule();
        LocalDate today = calendar.today();
        List<Long> products = order.lines().stream().map(LineContext::productId).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HISTORY_SQL).setParameter("products", products)
                .setParameter("customer", order.customerId()).setParameter("order", order.orderId())
                .setParameter("from", today.minusDays(r.windowDays()))
                .setParameter("recent", today.minusDays(SuspiciousOrderRule.RECENT_DAYS)).getResultList();
        Map<Long, Object[]> byProduct = new HashMap<>();
        rows.forEach(row -> byProduct.put(((Number) row[0]).longValue(), row));
        List<Hold> holds = new ArrayList<>();
        for (LineContext line : order.lines()) {
            Object[] row = byProduct.get(line.productId());
            if (row == null) {
                continue; // not a scheduled product
            }
            SuspiciousOrderRule.History history = new SuspiciousOrderRule.History(((Number) row[2]).longValue(),
                    row[3] instanceof BigDecimal b ? b : new BigDecimal(row[3].toString()), ((Number) row[4]).longValue());
            Optional<String> why = r.judge(line.stockQuantity(), line.stockUnit(), (String) row[1], history);
            why.ifPresent(w -> holds.add(new Hold(HoldKind.SUSPICIOUS_ORDER, line.lineId(), "Line " + line.lineNo() + ": " + w)));
        }
        return holds;
    }
}
