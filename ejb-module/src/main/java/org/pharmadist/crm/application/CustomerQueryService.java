package org.pharmadist.crm.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Customer lists for screens and the API on the read data source ({@code jdbc/pharmadist-read}), outside any
 * transaction. One SQL query per page; order (legal name, id) is total, so cursor paging returns every row once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "crm", action = "view")
public class CustomerQueryService {

    private static final String SORT_KEY = "name";

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /**
     * One page of customers matching the search, by legal name then id.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-cursor" for a cursor of another order
     */
    public Page<CustomerSummary> search(CustomerSearch search, PageRequest page) {
        String sortKey = SORT_KEY + (search.descending() ? "-desc" : "");
        List<Object> params = new ArrayList<>();
        String where = filter(search, params);
        StringBuilder sql = new StringBuilder("SELECT c.id, c.customer_type, c.legal_name, c.tax_id, c.bill_to_city, "
                + "c.bill_to_state, c.payment_terms_days, c.credit_limit, "
                + "(SELECT to_char(min(l.expires_on), 'YYYY-MM-DD') FROM crm_license l WHERE l.customer_id = c.id) "
                + "FROM crm_customer c WHERE ").append(where);
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), sortKey);
            sql.append(" AND (c.legal_name, c.id) ").append(search.descending() ? "<" : ">").append(" (?")
                    .append(params.size() + 1).append(", ?").append(params.size() + 2).append(")");
            params.add(cursor.lastValue());
            params.add(cursor.lastId());
        }
        String dir = search.descending() ? "DESC" : "ASC";
        sql.append(" ORDER BY c.legal_name ").append(dir).append(", c.id ").append(dir).append(" LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query q = em.createNativeQuery(sql.toString());
        bind(q, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<CustomerSummary> items = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            Object[] r = rows.get(i);
            items.add(new CustomerSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (BigDecimal) r[7], (String) r[8]));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            CustomerSummary last = items.get(items.size() - 1);
            next = new KeysetCursor(sortKey, last.id(), last.legalName()).encode();
        }
        List<Object> countParams = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT count(*) FROM crm_customer c WHERE " + filter(search, countParams));
        bind(count, countParams);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, total, false);
    }

    private static String filter(CustomerSearch s, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (s.name() != null) {
            params.add(escapeLike(s.name().toLowerCase(Locale.ROOT)) + "%");
            parts.add("lower(c.legal_name) LIKE ?" + params.size());
        }
        if (s.taxId() != null) {
            params.add(s.taxId());
            parts.add("c.tax_id = ?" + params.size());
        }
        if (s.type() != null) {
            params.add(s.type().name());
            parts.add("c.customer_type = ?" + params.size());
        }
        return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
    }

    static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
