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
 * to the customer's name; newest first, keyset-paged on (quoted_on, id) and backed by the indexes
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
        String where = where(search, params);
        StringBuilder sql = new StringBuilder("SELECT q.id, q.number, q.customer_id, c.legal_name, q.quoted_on, "
                + "q.valid_until, q.status, q.line_count, q.net_total, q.grand_total, q.currency FROM sales_quotation q "
                + "JOIN crm_customer c ON c.id = q.customer_id WHERE ").append(where);
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), SORT);
            sql.append(" AND (q.quoted_on, q.id) < (?").append(params.size() + 1).append(", ?").append(params.size() + 2).append(')');
            params.add(LocalDate.parse(cursor.lastValue()));
            params.add(cursor.lastId());
        }
        sql.append(" ORDER BY q.quoted_on DESC, q.id DESC LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
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
                + where(search, countParams) + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") t");
        bind(count, countParams);
        long n = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, Math.min(n, EXACT_COUNT_LIMIT), n > EXACT_COUNT_LIMIT);
    }

    private static String where(QuotationSearch s, List<Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (s.customerId() != null) {
            params.add(s.customerId());
            parts.add("q.customer_id = ?" + params.size());
        }
        if (s.status() != null) {
            params.add(s.status().name());
            parts.add("q.status = ?" + params.size());
        }
        if (s.from() != null) {
            params.add(s.from());
            parts.add("q.quoted_on >= ?" + params.size());
        }
        if (s.to() != null) {
            params.add(s.to());
            parts.add("q.quoted_on <= ?" + params.size());
        }
        return String.join(" AND ", parts);
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
