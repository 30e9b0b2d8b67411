package org.pharmadist.procurement.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.procurement.domain.PurchaseOrderStatus;
import org.pharmadist.procurement.domain.SupplierInvoiceStatus;

/**
 * Procurement lists for screens and the API, read through the read data source outside any transaction, one
 * SQL query per page returning projections. Documents are listed newest first (id descending), suppliers by
 * name; keyset cursors make deep pages as cheap as the first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "procurement", action = "view")
public class ProcurementQueryService {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /** Suppliers whose name or code starts with {@code text} (all when null), by name. */
    public Page<SupplierSummary> suppliers(String text, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = "TRUE";
        if (text != null && !text.isBlank()) {
            params.add(escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
            where = "(lower(s.name) LIKE ?1 OR lower(s.code) LIKE ?1)";
        }
        String sql = "SELECT s.id, s.code, s.name, s.city, s.state, s.payment_terms_days, s.lead_time_days, s.currency, "
                + "s.active FROM supplier s WHERE " + where;
        return keyset(sql, "s.name", "s.id", false, "supplier-name", params, page,
                r -> new SupplierSummary(l(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], i(r[5]),
                        i(r[6]), s(r[7]), (Boolean) r[8]),
                SupplierSummary::id, SupplierSummary::name, "FROM supplier s WHERE " + where);
    }

    /**
     * Purchase orders, newest first.
     *
     * @param status       one status, "OPEN" (DRAFT, SENT, CONFIRMED, PARTIALLY_RECEIVED) or null for all
     * @param supplierCode one supplier or null
     * @throws InvalidInputException for an unknown status
     */
    public Page<PurchaseOrderSummary> purchaseOrders(String status, String supplierCode, PageRequest page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (status != null && !status.isBlank()) {
            String st = status.strip().toUpperCase(Locale.ROOT);
            if (st.equals("OPEN")) {
                where.append(" AND po.status IN ('DRAFT','SENT','CONFIRMED','PARTIALLY_RECEIVED')");
            } else {
                try {
                    PurchaseOrderStatus.valueOf(st);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("invalid-status", "status", "status must be OPEN or one of "
                            + List.of(PurchaseOrderStatus.values()));
                }
                params.add(st);
                where.append(" AND po.status = ?").append(params.size());
            }
        }
        if (supplierCode != null && !supplierCode.isBlank()) {
            params.add(supplierCode.strip().toUpperCase(Locale.ROOT));
            where.append(" AND s.code = ?").append(params.size());
        }
        String from = "FROM purchase_order po JOIN supplier s ON s.id = po.supplier_id WHERE " + where;
        String sql = "SELECT po.id, po.number, s.code, s.name, po.warehouse_id, po.order_date, po.expected_date, po.status, "
                + "po.currency, po.total_amount, (SELECT count(*) FROM purchase_order_line l WHERE l.purchase_order_id = po.id) "
                + from;
        return keyset(sql, null, "po.id", true, "po-newest", params, page,
                r -> new PurchaseOrderSummary(l(r[0]), (String) r[1], (String) r[2], (String) r[3], l(r[4]), date(r[5]),
                        date(r[6]), (String) r[7], s(r[8]), (BigDecimal) r[9], i(r[10])),
                PurchaseOrderSummary::id, null, from);
    }

    /** Goods receipts, newest first, of one purchase order or all. */
    public Page<GoodsReceiptSummary> goodsReceipts(String purchaseOrderNumber, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = "TRUE";
        if (purchaseOrderNumber != null && !purchaseOrderNumber.isBlank()) {
            params.add(purchaseOrderNumber.strip().toUpperCase(Locale.ROOT));
            where = "po.number = ?1";
        }
        String from = "FROM goods_receipt gr JOIN purchase_order po ON po.id = gr.purchase_order_id "
                + "JOIN supplier s ON s.id = po.supplier_id WHERE " + where;
        String sql = "SELECT gr.id, gr.number, po.number, s.code, gr.warehouse_id, gr.received_at, gr.received_by, "
                + "(SELECT count(*) FROM goods_receipt_line l WHERE l.goods_receipt_id = gr.id) " + from;
        return keyset(sql, null, "gr.id", true, "gr-newest", params, page,
                r -> new GoodsReceiptSummary(l(r[0]), (String) r[1], (String) r[2], (String) r[3], l(r[4]), instant(r[5]),
                        (String) r[6], i(r[7])),
                GoodsReceiptSummary::id, null, from);
    }

    /** Supplier invoices, newest first, optionally of one status (MATCHED, MISMATCH, APPROVED). */
    public Page<SupplierInvoiceSummary> supplierInvoices(String status, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = "TRUE";
        if (status != null && !status.isBlank()) {
            String st = status.strip().toUpperCase(Locale.ROOT);
            try {
                SupplierInvoiceStatus.valueOf(st);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("invalid-status", "status", "status must be one of "
                        + List.of(SupplierInvoiceStatus.values()));
            }
            params.add(st);
            where = "i.status = ?1";
        }
        String from = "FROM supplier_invoice i JOIN purchase_order po ON po.id = i.purchase_order_id "
                + "JOIN supplier s ON s.id = i.supplier_id WHERE " + where;
        String sql = "SELECT i.id, i.invoice_number, s.code, po.number, i.invoice_date, i.due_date, i.currency, "
                + "i.total_amount, i.status " + from;
        return keyset(sql, null, "i.id", true, "invoice-newest", params, page,
                r -> new SupplierInvoiceSummary(l(r[0]), (String) r[1], (String) r[2], (String) r[3], date(r[4]),
                        date(r[5]), s(r[6]), (BigDecimal) r[7], (String) r[8]),
                SupplierInvoiceSummary::id, null, from);
    }

    /**
     * A keyset page: ordered by (sortColumn, idColumn) or by idColumn alone, ascending or descending; the cursor
     * carries the last row's sort value and id.
     */
    private <T> Page<T> keyset(String select, String sortColumn, String idColumn, boolean descending, String sortKey,
            List<Object> baseParams, PageRequest page, Function<Object[], T> mapper, Function<T, Long> idOf,
            Function<T, String> sortValueOf, String from) {
        List<Object> params = new ArrayList<>(baseParams);
        StringBuilder sql = new StringBuilder(select);
        String op = descending ? "<" : ">";
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), sortKey);
            if (sortColumn != null) {
                params.add(cursor.lastValue());
                params.add(cursor.lastId());
                sql.append(" AND (").append(sortColumn).append(", ").append(idColumn).append(") ").append(op)
                        .append(" (?").append(params.size() - 1).append(", ?").append(params.size()).append(")");
            } else {
                params.add(cursor.lastId());
                sql.append(" AND ").append(idColumn).append(' ').append(op).append(" ?").append(params.size());
            }
        }
        String dir = descending ? " DESC" : " ASC";
        sql.append(" ORDER BY ").append(sortColumn == null ? "" : sortColumn + dir + ", ").append(idColumn).append(dir)
                .append(" LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query q = em.createNativeQuery(sql.toString());
        bind(q, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<T> items = new ArrayList<>();
        for (int k = 0; k < rows.size() && k < page.limit(); k++) {
            items.add(mapper.apply(rows.get(k)));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            T last = items.get(items.size() - 1);
            next = new KeysetCursor(sortKey, idOf.apply(last), sortValueOf == null ? "" : sortValueOf.apply(last)).encode();
        }
        Query count = em.createNativeQuery("SELECT count(*) " + from);
        bind(count, baseParams);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, total, false);
    }

    private static void bind(Query q, List<Object> params) {
        for (int k = 0; k < params.size(); k++) {
            q.setParameter(k + 1, params.get(k));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static long l(Object o) {
        return ((Number) o).longValue();
    }

    static int i(Object o) {
        return ((Number) o).intValue();
    }

    static String s(Object bpchar) {
        return bpchar == null ? null : bpchar.toString().trim();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
