package org.pharmadist.insights.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharmadist.platform.config.PharmaDistSettings;

/**
 * Computes {@link DashboardFigures} on the read data source ({@code jdbc/pharmadist-read}) outside any transaction:
 * five aggregate queries over sales, finance and inventory, each a single pass with no per-row follow-up. Callers go
 * through {@link DashboardService}, which caches the answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardQueries {

    static final int EXPIRY_HORIZON_DAYS = 90;
    static final int DAILY_SALES_DAYS = 30;
    static final int TOP_PRODUCTS = 5;

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    PharmaDistSettings settings;

    Clock clock = Clock.systemUTC();

    /** The queries on a given entity manager, settings and clock, outside a container (persistence tests). */
    public static DashboardQueries using(EntityManager em, PharmaDistSettings settings, Clock clock) {
        DashboardQueries q = new DashboardQueries();
        q.em = em;
        q.settings = settings;
        q.clock = clock;
        return q;
    }

    /** Computes every figure now (company time zone for "today"). */
    public DashboardFigures compute() {
        long started = System.nanoTime();
        ZoneId zone = settings.timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = today.minusDays(DAILY_SALES_DAYS - 1L);
        LocalDate salesFrom = from.isBefore(monthStart) ? from : monthStart;

        // 1. net sales per day: invoices plus (negative) credit notes
        Map<LocalDate, BigDecimal> perDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, money(BigDecimal.ZERO));
        }
        BigDecimal monthToDate = money(BigDecimal.ZERO);
        for (Object[] r : rows(em.createNativeQuery("""
                SELECT d, sum(net) FROM (
                  SELECT invoice_date AS d, net_total AS net FROM finance_invoice WHERE invoice_date BETWEEN :from AND :today
                  UNION ALL
                  SELECT credit_date, net_total FROM finance_credit_note WHERE credit_date BETWEEN :from AND :today
                ) s GROUP BY d""").setParameter("from", salesFrom).setParameter("today", today))) {
            LocalDate d = date(r[0]);
            BigDecimal net = money(dec(r[1]));
            if (perDay.containsKey(d)) {
                perDay.put(d, net);
            }
            if (!d.isBefore(monthStart)) {
                monthToDate = monthToDate.add(net);
            }
        }
        BigDecimal salesToday = perDay.getOrDefault(today, money(BigDecimal.ZERO));
        List<DashboardFigures.DaySales> daily = new ArrayList<>();
        perDay.forEach((d, v) -> daily.add(new DashboardFigures.DaySales(d, v)));

        // 2. open quotations, orders to ship, backorders, overdue receivables: one row
        Object[] open = (Object[]) em.createNativeQuery("""
                SELECT
                  (SELECT count(*) FROM sales_quotation WHERE status IN ('DRAFT', 'SENT') AND valid_until >= :today),
                  (SELECT coalesce(sum(net_total), 0) FROM sales_quotation WHERE status IN ('DRAFT', 'SENT') AND valid_until >= :today),
                  (SELECT count(DISTINCT l.order_id) FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                     WHERE o.status IN ('CONFIRMED', 'PARTIALLY_SHIPPED') AND l.allocated_quantity > 0),
                  (SELECT coalesce(sum(round(l.net_amount * (l.stock_quantity - l.shipped_quantity) / l.stock_quantity, 2)), 0)
                     FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                     WHERE o.status IN ('CONFIRMED', 'PARTIALLY_SHIPPED') AND l.status NOT IN ('CANCELLED', 'SHIPPED')),
                  (SELECT count(*) FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                     WHERE o.status NOT IN ('CANCELLED', 'DRAFT') AND l.status <> 'CANCELLED' AND l.backordered_quantity > 0),
                  (SELECT coalesce(sum(round(l.net_amount * l.backordered_quantity / l.stock_quantity, 2)), 0)
                     FROM sales_order_line l JOIN sales_order o ON o.id = l.order_id
                     WHERE o.status NOT IN ('CANCELLED', 'DRAFT') AND l.status <> 'CANCELLED' AND l.backordered_quantity > 0),
                  (SELECT coalesce(sum(open_balance), 0) FROM finance_invoice WHERE open_balance > 0 AND due_date < :today),
                  (SELECT count(*) FROM finance_invoice WHERE open_balance > 0 AND due_date < :today)
                """).setParameter("today", today).getSingleResult();

        // 3. stock value and value expiring within the horizon, at moving average cost (per line scale 2 HALF_UP)
        BigDecimal stockValue = money(BigDecimal.ZERO);
        BigDecimal expiring = money(BigDecimal.ZERO);
        for (Object[] r : rows(em.createNativeQuery("""
                SELECT x.expiring, sum(x.on_hand), x.cost FROM (
                    SELECT b.product_id, l.expiry_date <= :limit AS expiring, b.on_hand, coalesce(c.average_cost, 0) AS cost
                    FROM stock_balance b JOIN lot l ON l.id = b.lot_id LEFT JOIN product_cost c ON c.product_id = b.product_id
                    WHERE b.on_hand > 0) x
                GROUP BY x.product_id, x.expiring, x.cost""")
                .setParameter("limit", today.plusDays(EXPIRY_HORIZON_DAYS)))) {
            BigDecimal value = money(dec(r[1]).multiply(dec(r[2])));
            stockValue = stockValue.add(value);
            if (Boolean.TRUE.equals(r[0])) {
                expiring = expiring.add(value);
            }
        }

        // 4. top products month to date (invoice lines less credited amounts)
        List<DashboardFigures.TopProduct> top = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("""
                SELECT il.product_id, p.ndc11, p.name, sum(il.net_amount - il.credited_net) AS net
                FROM finance_invoice_line il JOIN finance_invoice i ON i.id = il.invoice_id JOIN product p ON p.id = il.product_id
                WHERE i.invoice_date BETWEEN :from AND :today
                GROUP BY il.product_id, p.ndc11, p.name ORDER BY net DESC, il.product_id LIMIT\s""" + TOP_PRODUCTS)
                .setParameter("from", monthStart).setParameter("today", today))) {
            top.add(new DashboardFigures.TopProduct(((Number) r[0]).longValue(), ((String) r[1]).trim(), (String) r[2],
                    money(dec(r[3]))));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new DashboardFigures(today, settings.currency().getCurrencyCode(), salesToday, monthToDate,
                ((Number) open[0]).longValue(), money(dec(open[1])), ((Number) open[2]).longValue(), money(dec(open[3])),
                ((Number) open[4]).longValue(), money(dec(open[5])), stockValue, expiring, money(dec(open[6])),
                ((Number) open[7]).longValue(), List.copyOf(top), List.copyOf(daily), now, millis);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private static BigDecimal dec(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
