package org.pharmadist.catalog.application;

import org.pharmadist.platform.security.RequiresPermission;
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

/**
 * Product lists for screens and the API, read through the read data source
 * ({@code jdbc/pharmadist-read}, a replica in clusters) outside any transaction, so it never shares
 * a transaction with the primary.
 *
 * <p>Each page is one SQL query returning a projection. Order is total ({@code sort key, id}), so a
 * cursor walk returns every matching row exactly once even where many products share a name. The
 * total is exact up to {@value #EXACT_COUNT_LIMIT} rows; above that it is a lower bound (unfiltered:
 * the planner's row estimate) and flagged as an estimate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "catalog", action = "view")
public class ProductQueryService {

    static final int EXACT_COUNT_LIMIT = 10_000;

    private static final String COLUMNS = "p.id, p.ndc11, p.ndc10, p.gtin14, p.name, p.generic_name, p.strength, "
            + "p.dosage_form, p.labeler, p.marketing_category, p.dea_schedule, p.pricing_unit, p.nadac_unit_price, "
            + "p.storage_condition, p.status, p.stock_unit";

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    /**
     * One page of products matching the search.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException for a cursor of another sort or a malformed one
     */
    public Page<ProductSummary> search(ProductSearch search, PageRequest page) {
        String sortColumn = "ndc".equals(search.sort()) ? "p.ndc11" : "p.name";
        String direction = search.descending() ? "DESC" : "ASC";
        String sortKey = search.sort() + (search.descending() ? "-desc" : "");
        List<Object> params = new ArrayList<>();
        String where = filter(search, params);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM product p WHERE ").append(where);
        if (page.cursor() != null) {
            KeysetCursor cursor = KeysetCursor.decode(page.cursor(), sortKey);
            sql.append(" AND (").append(sortColumn).append(", p.id) ").append(search.descending() ? "<" : ">")
                    .append(" (?").append(params.size() + 1).append(", ?").append(params.size() + 2).append(")");
            params.add(cursor.lastValue());
            params.add(cursor.lastId());
        }
        sql.append(" ORDER BY ").append(sortColumn).append(' ').append(direction).append(", p.id ").append(direction)
                .append(" LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query query = em.createNativeQuery(sql.toString());
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ProductSummary> items = new ArrayList<>(Math.min(rows.size(), page.limit()));
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            items.add(toSummary(rows.get(i)));
        }
        String next = null;
        if (rows.size() > page.limit()) {
            ProductSummary last = items.get(items.size() - 1);
            next = new KeysetCursor(sortKey, last.id(), "ndc".equals(search.sort()) ? last.ndc11() : last.name()).encode();
        }
        long[] total = count(search);
        return new Page<>(items, page.limit(), next, total[0], total[1] == 1);
    }

    /** Exact number of products in the catalog (read source). */
    public long productCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM product").getSingleResult()).longValue();
    }

    private static String filter(ProductSearch search, List<Object> params) {
        if (search.text() == null) {
            return "TRUE";
        }
        String digits = search.digitPrefix();
        if (digits != null) {
            params.add(digits + "%");
            params.add(search.text() + "%");
            return "(p.ndc11 LIKE ?1 OR p.gtin14 LIKE ?1 OR p.ndc10 LIKE ?2)";
        }
        params.add(escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%");
        return "(lower(p.name) LIKE ?1 OR lower(p.generic_name) LIKE ?1)";
    }

    private long[] count(ProductSearch search) {
        List<Object> params = new ArrayList<>();
        String where = filter(search, params);
        if (search.text() == null) {
            Number estimate = (Number) em.createNativeQuery(
                    "SELECT CAST(reltuples AS bigint) FROM pg_class WHERE oid = 'product'::regclass").getSingleResult();
            if (estimate.longValue() > EXACT_COUNT_LIMIT) {
                return new long[] {estimate.longValue(), 1};
            }
        }
        Query q = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM product p WHERE " + where + " LIMIT "
                + (EXACT_COUNT_LIMIT + 1) + ") t");
        bind(q, params);
        long n = ((Number) q.getSingleResult()).longValue();
        return n > EXACT_COUNT_LIMIT ? new long[] {n, 1} : new long[] {n, 0};
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ProductSummary toSummary(Object[] r) {
        return new ProductSummary(((Number) r[0]).longValue(), trim(r[1]), (String) r[2], trim(r[3]), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (BigDecimal) r[12], (String) r[13], (String) r[14], (String) r[15]);
    }

    private static String trim(Object bpchar) {
        return bpchar == null ? null : bpchar.toString().trim();
    }
}
