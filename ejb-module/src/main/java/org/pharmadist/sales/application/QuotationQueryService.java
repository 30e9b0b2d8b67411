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
 * The quotation list, read through the read data source ({@code jdbc/pharmadist-read}) outside any transaction: ONE
 * SQL query per page over the quotation header (totals and line count are kept there, so no line is read) joined
 * to the customer's name; newest first, keyset-paged on (quoted_on, id) (offset paging also allowed: the page's ids
 * are picked on the index first, then only those rows are read) and backed by the indexes
 * {@code sales_quotation_customer_date_idx}, {@code sales_quotation_status_date_idx}, {@code sales_quotation_date_idx}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "sales", action = "view")
public class QuotationQueryService {

    static final int EXACT_COUNT_LIMIT = 10_000;
    private static final String SORT = "quoted-desc";

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /**
     * One page of quotations matching the filters.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-cursor"
     */
    public Page<QuotationSummary> search(QuotationSearch search, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params, page.offset() > 0 ? "q" : "h");
        String columns = "SELECT h.id, h.number, h.customer_id, c.legal_name, h.quoted_on, h.valid_until, h.status, "
                + "h.line_count, h.net_total, h.grand_total, h.currency FROM ";
        String join = " JOIN crm_customer c ON c.id = h.customer_id";
        StringBuilder sql = new StringBuilder();
        if (page.offset() > 0) {
            // A deep OFFSET: the page's ids are picked on the index alone (index-only scan of (quoted_on, id),
            // (customer_id, quoted_on, id) or (status, quoted_on, id)), then only those rows are read and joined, instead
            // of reading and joining every skipped row (docs/performance/quotations.md: 78 ms -> 15 ms at 100,000).
            sql.append(columns).append("(SELECT q.id FROM sales_quotation q WHERE ").append(where);
            sql.append(" ORDER BY q.quoted_on DESC, q.id DESC LIMIT ").append(page.limit() + 1).append(" OFFSET ").append(page.offset());
            sql.append(") pick JOIN sales_quotation h ON h.id = pick.id").append(join).append(" ORDER BY h.quoted_on DESC, h.id DESC");
        } else {
            // First page or a cursor page: walk the index backwards and stop after limit + 1 rows.
            sql.append(columns).append("sales_quotation h").append(join).append(" WHERE ").append(where);
            if (page.cursor() != null) {
                KeysetCursor cursor = KeysetCursor.decode(page.cursor(), SORT);
                sql.append(" AND (h.quoted_on, h.id) < (?").append(params.size() + 1).append(", ?").append(params.size() + 2).append(')');
                params.add(LocalDate.parse(cursor.lastValue()));
                params.add(cursor.lastId());
            }
            sql.append(" ORDER BY h.quoted_on DESC, h.id DESC LIMIT ").append(page.limit() + 1);
        }
        Query query = em.createNativeQuery(sql.toString());
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<QuotationSummary> items = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            Object[] r = rows.get(i);
            items.add(new QuotationSummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], PriceFinder.date(r[4]), PriceFinder.date(r[5]), (String) r[6], ((Number) r[7]).intValue(),
                    (BigDecimal) r[8], (BigDecimal) r[9], (String) r[10]));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            QuotationSummary last = items.get(items.size() - 1);
            next = new KeysetCursor(SORT, last.id(), last.quotedOn().toString()).encode();
        }
        List<Object> countParams = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM sales_quotation q WHERE "
                + where(search, countParams, "q") + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") t");
        bind(count, countParams);
        long n = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, Math.min(n, EXACT_COUNT_LIMIT), n > EXACT_COUNT_LIMIT);
    }

    private static String where(QuotationSearch s, List<Object> params, String alias) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (s.customerId() != null) {
            params.add(s.customerId());
            parts.add(alias + ".customer_id = ?" + params.size());
        }
        if (s.status() != null) {
            params.add(s.status().name());
            parts.add(alias + ".status = ?" + params.size());
        }
        if (s.from() != null) {
            params.add(s.from());
            parts.add(alias + ".quoted_on >= ?" + params.size());
        }
        if (s.to() != null) {
            params.add(s.to());
            parts.add(alias + ".quoted_on <= ?" + params.size());
        }
        return String.join(" AND ", parts);
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
