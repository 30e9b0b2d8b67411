package org.pharmadist.insights.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pharmadist.insights.application.InsightsCalculator.ProductFacts;
import org.pharmadist.insights.domain.ExpiryRiskCalculator.LotStock;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.domain.SellableRule;

/**
 * Loads what the statistics need from the read data source, outside any transaction (each query borrows a
 * connection only while it runs), and computes {@link InsightsFigures} with {@link InsightsCalculator}: demand from
 * {@link DemandHistory}; sellable unreserved stock per lot ({@link SellableRule} on today's business date, storage
 * and receiving locations that are active); open purchase-order quantity (DRAFT to PARTIALLY_RECEIVED) in stock
 * units; the longest lead time of the product's preferred suppliers in its reorder policies.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightsFiguresService {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    DemandHistory demandHistory;

    @Inject
    InventoryCalendar calendar;

    /** Computes the figures for today's business date with these parameters. */
    public InsightsFigures compute(InsightsParameters parameters) {
        LocalDate today = calendar.today();
        ZoneId zone = calendar.zone();
        List<DemandHistory.DemandRecord> demand = demandHistory.outbound(
                today.minusDays(Math.max(parameters.historyDays(), parameters.churnWindowDays() * 3L) - 1L), today, zone);
        Map<Long, List<LotStock>> lots = sellableLots(today);
        Map<Long, BigDecimal> positions = new HashMap<>();
        lots.forEach((product, list) -> positions.put(product,
                list.stream().map(LotStock::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)));
        onOrder().forEach((product, q) -> positions.merge(product, q, BigDecimal::add));
        Set<Long> ids = new HashSet<>(lots.keySet());
        demand.forEach(r -> ids.add(r.productId()));
        return InsightsCalculator.compute(today, parameters, demandHistory.source(), demandHistory.knowsCustomers(),
                demand, products(ids), lots, positions, leadTimes());
    }

    private Map<Long, List<LotStock>> sellableLots(LocalDate today) {
        String sql = "SELECT l.product_id, l.id, l.lot_number, l.expiry_date, SUM(b.on_hand - b.reserved) "
                + "FROM stock_balance b JOIN lot l ON l.id = b.lot_id JOIN storage_location loc ON loc.id = b.location_id "
                + "WHERE " + SellableRule.SQL_PREDICATE.replace("?", ":today")
                + " AND loc.active AND loc.location_type IN ('STORAGE', 'RECEIVING') "
                + "GROUP BY l.product_id, l.id, l.lot_number, l.expiry_date HAVING SUM(b.on_hand - b.reserved) > 0";
        Map<Long, List<LotStock>> out = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(sql).setParameter("today", today))) {
            LocalDate expiry = r[3] == null ? null : r[3] instanceof Date d ? d.toLocalDate() : (LocalDate) r[3];
            out.computeIfAbsent(lng(r[0]), k -> new ArrayList<>()).add(new LotStock(lng(r[1]), (String) r[2], expiry,
                    ((BigDecimal) r[4]).setScale(3, RoundingMode.HALF_UP)));
        }
        return out;
    }

    private Map<Long, BigDecimal> onOrder() {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT l.product_id, "
                + "SUM((l.quantity - l.received_quantity) * l.stock_units_per_unit) FROM purchase_order_line l "
                + "JOIN purchase_order po ON po.id = l.purchase_order_id "
                + "WHERE po.status IN ('DRAFT','SENT','CONFIRMED','PARTIALLY_RECEIVED') GROUP BY l.product_id"))) {
            out.put(lng(r[0]), ((BigDecimal) r[1]).setScale(3, RoundingMode.HALF_UP));
        }
        return out;
    }

    private Map<Long, Integer> leadTimes() {
        Map<Long, Integer> out = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT rp.product_id, MAX(s.lead_time_days) FROM reorder_policy rp "
                + "JOIN supplier s ON s.id = rp.preferred_supplier_id GROUP BY rp.product_id"))) {
            out.put(lng(r[0]), ((Number) r[1]).intValue());
        }
        return out;
    }

    private Map<Long, ProductFacts> products(Set<Long> ids) {
        Map<Long, ProductFacts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : rows(em.createNativeQuery("SELECT id, ndc11, name, stock_unit FROM product WHERE id IN (:ids)")
                .setParameter("ids", ids))) {
            out.put(lng(r[0]), new ProductFacts(lng(r[0]), ((String) r[1]).strip(), (String) r[2], (String) r[3]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    private static long lng(Object o) {
        return ((Number) o).longValue();
    }
}
