package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Sales order read side on the read data source ({@code jdbc/pharmadist-read}) outside any transaction: the order
 * list (ONE SQL query per page over the header joined to the customer's name; totals and line count are kept on the
 * header, so no line is read; newest first, keyset-paged on (order_date, id), backed by the sales_order_*_idx
 * indexes), the backorder list and the shipment list (one query each).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "sales", action = "view")
public class SalesOrderQueryService {

    static final int EXACT_COUNT_LIMIT = 10_000;
    private static final String SORT = "order-date-desc";

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /**
     * One page of orders matching the filters.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-cursor"
     */
    public Page<SalesOrderSummary> search(SalesOrderSearch search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        StringBuilder sql = new StringBuilder("SELECT o.id, o.number, o.customer_id, c.legal_name, o.order_date, o.status, "
                + "o.line_count, o.net_total, o.grand_total, o.currency, o.customer_po_reference FROM sales_order o "
                + "JOIN crm_customer c ON c.id = o.customer_id WHERE ").append(where);
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), SORT);
            sql.append(" AND (o.order_date, o.id) < (?").append(params.size() + 1).append(", ?").append(params.size() + 2).append(')');
            params.add(LocalDate.parse(cursor.lastValue()));
            params.add(cursor.lastId());
        }
        sql.append(" ORDER BY o.order_date DESC, o.id DESC LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query query = em.createNativeQuery(sql.toString());
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SalesOrderSummary> items = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            Object[] r = rows.get(i);
            items.add(new SalesOrderSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], PriceFinder.date(r[4]), (String) r[5], ((Number) r[6]).intValue(), (BigDecimal) r[7],
                    (BigDecimal) r[8], (String) r[9], (String) r[10]));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            SalesOrderSummary last = items.get(items.size() - 1);
            next = new KeysetCursor(SORT, last.id(), last.orderDate().toString()).encode();
        }
        List<Object> countParams = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM sales_order o WHERE "
                + where(search, countParams) + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") t");
        bind(count, countParams);
        long n = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, Math.min(n, EXACT_COUNT_LIMIT), n > EXACT_COUNT_LIMIT);
    }

    /** Order lines waiting for stock (backordered quantity &gt; 0) of open orders, oldest order first, at most {@code limit}. */
    public List<BackorderLine> backorders(Long customerId, int limit) {
        Query q = em.createNativeQuery("SELECT o.id, o.number, o.customer_id, c.legal_name, o.order_date, l.line_no, "
                + "p.ndc11, p.name, l.backordered_quantity, l.stock_unit, o.requested_delivery_date FROM sales_order_line l "
                + "JOIN sales_order o ON o.id = l.order_id JOIN crm_customer c ON c.id = o.customer_id "
                + "JOIN product p ON p.id = l.product_id WHERE l.backordered_quantity > 0 "
                + "AND o.status IN ('CONFIRMED', 'PARTIALLY_SHIPPED', 'ON_HOLD')"
                + (customerId == null ? "" : " AND o.customer_id = ?1")
                + " ORDER BY o.order_date, o.id, l.line_no LIMIT " + Math.max(1, Math.min(limit, 500)));
        if (customerId != null) {
            q.setParameter(1, customerId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<BackorderLine> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new BackorderLine(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    PriceFinder.date(r[4]), ((Number) r[5]).intValue(), (String) r[6], (String) r[7], (BigDecimal) r[8],
                    (String) r[9], r[10] == null ? null : PriceFinder.date(r[10])));
        }
        return out;
    }

    /** Shipments, newest first, optionally of one order or customer, at most {@code limit}. */
    public List<ShipmentSummary> shipments(Long orderId, Long customerId, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (orderId != null) {
            params.add(orderId);
            where.append(" AND s.order_id = ?").append(params.size());
        }
        if (customerId != null) {
            params.add(customerId);
            where.append(" AND s.customer_id = ?").append(params.size());
        }
        Query q = em.createNativeQuery("SELECT s.id, s.number, s.order_id, o.number, s.customer_id, c.legal_name, s.status, "
                + "s.created_on, s.ship_date, (SELECT count(*) FROM sales_shipment_line l WHERE l.shipment_id = s.id) "
                + "FROM sales_shipment s JOIN sales_order o ON o.id = s.order_id JOIN crm_customer c ON c.id = s.customer_id "
                + "WHERE " + where + " ORDER BY s.created_on DESC, s.id DESC LIMIT " + Math.max(1, Math.min(limit, 500)));
        bind(q, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<ShipmentSummary> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ShipmentSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], PriceFinder.date(r[7]),
                    r[8] == null ? null : PriceFinder.date(r[8]), ((Number) r[9]).intValue()));
        }
        return out;
    }

    private static String where(SalesOrderSearch s, List<Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (s == null) {
            return "TRUE";
        }
        if (s.customerId() != null) {
            params.add(s.customerId());
            parts.add("o.customer_id = ?" + params.size());
        }
        if (s.status() != null) {
            params.add(s.status().name());
            parts.add("o.status = ?" + params.size());
        }
        if (s.from() != null) {
            params.add(s.from());
            parts.add("o.order_date >= ?" + params.size());
        }
        if (s.to() != null) {
            params.add(s.to());
            parts.add("o.order_date <= ?" + params.size());
        }
        return String.join(" AND ", parts);
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
