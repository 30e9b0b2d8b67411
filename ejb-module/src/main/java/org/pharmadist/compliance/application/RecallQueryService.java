package org.pharmadist.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * The recall list, on the read data source outside any transaction: one SQL query per page, newest report first,
 * keyset-paged on (report_date, id) (index {@code compliance_recall_list_idx}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "compliance", action = "view")
public class RecallQueryService {

    static final int EXACT_COUNT_LIMIT = 10_000;
    private static final String SORT = "report-desc";
    /** Stands for a missing report date in the keyset (sorts last in DESC order). */
    private static final LocalDate NO_DATE = LocalDate.of(1900, 1, 1);

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /**
     * One page of recalls.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException (400 invalid-cursor)
     */
    public Page<RecallSummary> search(RecallSearch search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        StringBuilder sql = new StringBuilder("SELECT r.id, r.recall_number, r.classification, r.status, r.fda_status, "
                + "r.recalling_firm, left(r.product_description, 200), coalesce(r.report_date, DATE '1900-01-01'), "
                + "r.lot_coverage, (SELECT count(*) FROM compliance_recall_lot rl WHERE rl.recall_id = r.id), "
                + "(SELECT count(*) FROM compliance_recall_ndc rn WHERE rn.recall_id = r.id), "
                + "(SELECT count(*) FROM compliance_recall_ndc rn JOIN product p ON p.ndc11 = rn.ndc11 WHERE rn.recall_id = r.id) "
                + "FROM compliance_recall r WHERE ").append(where);
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), SORT);
            sql.append(" AND (coalesce(r.report_date, DATE '1900-01-01'), r.id) < (?").append(params.size() + 1)
                    .append(", ?").append(params.size() + 2).append(')');
            params.add(LocalDate.parse(cursor.lastValue()));
            params.add(cursor.lastId());
        }
        sql.append(" ORDER BY coalesce(r.report_date, DATE '1900-01-01') DESC, r.id DESC LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query query = em.createNativeQuery(sql.toString());
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<RecallSummary> items = new ArrayList<>();
        List<LocalDate> keys = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            Object[] r = rows.get(i);
            LocalDate date = RecallMatchQuery.date(r[7]);
            keys.add(date);
            items.add(new RecallSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], NO_DATE.equals(date) ? null : date, (String) r[8],
                    ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue()));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            next = new KeysetCursor(SORT, items.get(items.size() - 1).id(), keys.get(keys.size() - 1).toString()).encode();
        }
        List<Object> countParams = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM compliance_recall r WHERE "
                + where(search, countParams) + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") t");
        bind(count, countParams);
        long n = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, Math.min(n, EXACT_COUNT_LIMIT), n > EXACT_COUNT_LIMIT);
    }

    private static String where(RecallSearch s, List<Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (s.q() != null) {
            params.add(s.q().toUpperCase(java.util.Locale.ROOT) + "%");
            params.add("%" + s.q().toLowerCase(java.util.Locale.ROOT) + "%");
            w.append(" AND (r.recall_number LIKE ?").append(params.size() - 1).append(" OR lower(r.recalling_firm) LIKE ?")
                    .append(params.size()).append(" OR lower(r.product_description) LIKE ?").append(params.size()).append(')');
        }
        if (s.status() != null) {
            params.add(s.status());
            w.append(" AND r.status = ?").append(params.size());
        }
        if (s.classification() != null) {
            params.add(s.classification());
            w.append(" AND r.classification = ?").append(params.size());
        }
        if (s.inCatalog()) {
            w.append(" AND EXISTS (SELECT 1 FROM compliance_recall_ndc rn JOIN product p ON p.ndc11 = rn.ndc11 "
                    + "WHERE rn.recall_id = r.id)");
        }
        return w.toString();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }
}
