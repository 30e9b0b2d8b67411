package org.pharmadist.crm.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.crm.domain.LeadStatus;
import org.pharmadist.crm.domain.OpportunityStage;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Lists of leads, opportunities (the pipeline) and activities on the read data source, outside any transaction, with
 * offset paging (these lists stay small per filter; a cursor is refused with a clear message). Orders are total.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "crm", action = "view")
public class PipelineQueryService {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    PharmaDistSettings settings;

    /**
     * Leads, newest first.
     *
     * @param status OPEN, CONVERTED, DISQUALIFIED or null for all
     * @param name   prefix of the company name (case-insensitive) or null
     * @throws InvalidInputException "invalid-search" naming {@code status}; "invalid-cursor" for a cursor
     */
    public Page<LeadView> leads(String status, String name, PageRequest page) {
        offsetOnly(page);
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            params.add(parse(LeadStatus.class, status, "status").name());
            where.add("l.status = ?" + params.size());
        }
        if (name != null && !name.isBlank()) {
            params.add(CustomerQueryService.escapeLike(name.strip().toLowerCase(Locale.ROOT)) + "%");
            where.add("lower(l.company_name) LIKE ?" + params.size());
        }
        String w = where.isEmpty() ? "TRUE" : String.join(" AND ", where);
        List<Object[]> rows = rows("SELECT l.id, l.company_name, l.customer_type, l.contact_name, l.email, l.phone, "
                + "l.source, l.status, l.customer_id, l.version, l.created_at FROM crm_lead l WHERE " + w
                + " ORDER BY l.created_at DESC, l.id DESC", params, page);
        List<LeadView> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new LeadView(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], r[8] == null ? null : num(r[8]), num(r[9]), instant(r[10])));
        }
        return page(items, page, "SELECT count(*) FROM crm_lead l WHERE " + w, params);
    }

    /**
     * Opportunities by stage order, then expected close date, then id.
     *
     * @param stage      one stage, or null for all
     * @param customerId one customer's, or null
     * @param openOnly   only stages that are not WON or LOST
     * @throws InvalidInputException "invalid-search" naming {@code stage}; "invalid-cursor" for a cursor
     */
    public Page<OpportunityView> opportunities(String stage, Long customerId, boolean openOnly, PageRequest page) {
        offsetOnly(page);
        List<Object> params = new ArrayList<>();
        String w = opportunityFilter(stage, customerId, openOnly, params);
        List<Object[]> rows = rows("SELECT o.id, o.title, o.customer_id, o.lead_id, coalesce(c.legal_name, l.company_name), "
                + "o.stage, o.amount, o.probability, o.probability_overridden, o.expected_close_on, o.version "
                + "FROM crm_opportunity o LEFT JOIN crm_customer c ON c.id = o.customer_id "
                + "LEFT JOIN crm_lead l ON l.id = o.lead_id WHERE " + w + " ORDER BY " + stageOrder()
                + ", o.expected_close_on NULLS LAST, o.id", params, page);
        List<OpportunityView> items = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal amount = (BigDecimal) r[6];
            int probability = ((Number) r[7]).intValue();
            items.add(new OpportunityView(num(r[0]), (String) r[1], r[2] == null ? null : num(r[2]),
                    r[3] == null ? null : num(r[3]), (String) r[4], (String) r[5], amount, probability,
                    (Boolean) r[8], OpportunityStage.expectedValue(amount, probability), date(r[9]), num(r[10])));
        }
        return page(items, page, "SELECT count(*) FROM crm_opportunity o WHERE " + w, params);
    }

    /**
     * Pipeline totals per stage, every stage listed in pipeline order (zero when empty). Expected values are summed
     * from each opportunity's expected value rounded to 2 decimals HALF_UP, so the total equals the sum of the rows.
     */
    public List<PipelineStageTotal> pipelineTotals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.stage, count(*), coalesce(sum(o.amount), 0), "
                + "coalesce(sum(round(o.amount * o.probability / 100.0, 2)), 0) FROM crm_opportunity o GROUP BY o.stage")
                .getResultList();
        Map<OpportunityStage, PipelineStageTotal> byStage = new EnumMap<>(OpportunityStage.class);
        for (Object[] r : rows) {
            OpportunityStage s = OpportunityStage.valueOf((String) r[0]);
            byStage.put(s, new PipelineStageTotal(s.name(), num(r[1]), ((BigDecimal) r[2]).setScale(2),
                    ((BigDecimal) r[3]).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        List<PipelineStageTotal> out = new ArrayList<>();
        for (OpportunityStage s : OpportunityStage.values()) {
            out.add(byStage.getOrDefault(s, new PipelineStageTotal(s.name(), 0, BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2))));
        }
        return out;
    }

    /**
     * Activities, open ones first, then by due date and newest.
     *
     * @param customerId    only this customer's (including those about its opportunities), or null
     * @param leadId        only this lead's, or null
     * @param opportunityId only this opportunity's, or null
     * @param openOnly      only activities not done
     */
    public Page<ActivityView> activities(Long customerId, Long leadId, Long opportunityId, boolean openOnly,
            PageRequest page) {
        offsetOnly(page);
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (customerId != null) {
            params.add(customerId);
            where.add("a.customer_id = ?" + params.size());
        }
        if (leadId != null) {
            params.add(leadId);
            where.add("a.lead_id = ?" + params.size());
        }
        if (opportunityId != null) {
            params.add(opportunityId);
            where.add("a.opportunity_id = ?" + params.size());
        }
        if (openOnly) {
            where.add("NOT a.done");
        }
        String w = where.isEmpty() ? "TRUE" : String.join(" AND ", where);
        List<Object[]> rows = rows("SELECT a.id, a.kind, a.subject, a.notes, a.due_on, a.done, a.customer_id, a.lead_id, "
                + "a.opportunity_id, a.created_by, a.created_at FROM crm_activity a WHERE " + w
                + " ORDER BY a.done, a.due_on NULLS LAST, a.created_at DESC, a.id DESC", params, page);
        LocalDate today = LocalDate.now(settings.timeZone());
        List<ActivityView> items = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate due = date(r[4]);
            boolean done = (Boolean) r[5];
            items.add(new ActivityView(num(r[0]), (String) r[1], (String) r[2], (String) r[3], due, done,
                    !done && due != null && due.isBefore(today), r[6] == null ? null : num(r[6]),
                    r[7] == null ? null : num(r[7]), r[8] == null ? null : num(r[8]), (String) r[9], instant(r[10])));
        }
        return page(items, page, "SELECT count(*) FROM crm_activity a WHERE " + w, params);
    }

    static String opportunityFilter(String stage, Long customerId, boolean openOnly, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (stage != null && !stage.isBlank()) {
            params.add(parse(OpportunityStage.class, stage, "stage").name());
            where.add("o.stage = ?" + params.size());
        }
        if (customerId != null) {
            params.add(customerId);
            where.add("o.customer_id = ?" + params.size());
        }
        if (openOnly) {
            where.add("o.stage NOT IN ('WON', 'LOST')");
        }
        return where.isEmpty() ? "TRUE" : String.join(" AND ", where);
    }

    static String stageOrder() {
        StringBuilder b = new StringBuilder("CASE o.stage");
        for (OpportunityStage s : OpportunityStage.values()) {
            b.append(" WHEN '").append(s.name()).append("' THEN ").append(s.ordinal());
        }
        return b.append(" END").toString();
    }

    private List<Object[]> rows(String sql, List<Object> params, PageRequest page) {
        Query q = em.createNativeQuery(sql + " LIMIT " + page.limit() + " OFFSET " + page.offset());
        CustomerQueryService.bind(q, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    private <T> Page<T> page(List<T> items, PageRequest page, String countSql, List<Object> params) {
        Query q = em.createNativeQuery(countSql);
        CustomerQueryService.bind(q, params);
        long total = ((Number) q.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), null, total, false);
    }

    private static void offsetOnly(PageRequest page) {
        if (page.cursor() != null) {
            throw new InvalidInputException("invalid-cursor", "cursor", "this list pages by offset; leave out cursor");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder accepted = new StringBuilder();
            for (E v : type.getEnumConstants()) {
                accepted.append(accepted.length() == 0 ? "" : ", ").append(v.name());
            }
            throw new InvalidInputException("invalid-search", field, field + " must be one of " + accepted + ", not '"
                    + text.strip() + "'");
        }
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static Instant instant(Object o) {
        return o == null ? null : o instanceof Instant i ? i : o instanceof OffsetDateTime t ? t.toInstant()
                : ((java.sql.Timestamp) o).toInstant();
    }
}
