package org.pharmadist.finance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.finance.infrastructure.FinancePdf;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.application.SalesCalendar;

/**
 * Finance lists and reports on the read data source ({@code jdbc/pharmadist-read}) outside any transaction, one SQL
 * query per list or report over the document headers (no line is read): invoice list, overdue list, credit notes,
 * payments, AR aging as of a day, customer statement (JSON and PDF). Days are business days in the company time zone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "finance", action = "view")
public class FinanceQueryService {

    static final int EXACT_COUNT_LIMIT = 10_000;

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    /** Today in the company time zone (the default "as of" day). */
    public LocalDate today() {
        return calendar.today();
    }

    /** Customers to pick on the finance screens, by name (at most 500). */
    public List<CustomerChoice> customerChoices() {
        List<CustomerChoice> out = new ArrayList<>();
        for (Object[] r : rows(query("SELECT id, legal_name FROM crm_customer ORDER BY legal_name, id LIMIT 500", List.of()))) {
            out.add(new CustomerChoice(num(r[0]), (String) r[1]));
        }
        return out;
    }

    /** One page of invoices (offset paging; a cursor is refused with 400 "invalid-cursor"), newest first. */
    public Page<InvoiceSummary> invoices(InvoiceSearch search, PageRequest page) {
        if (page.cursor() != null) {
            throw new InvalidInputException("invalid-cursor", "cursor", "the invoice list pages by offset; leave cursor out");
        }
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        params.add(calendar.today());
        String sql = "SELECT i.id, i.number, i.customer_id, c.legal_name, i.shipment_number, i.invoice_date, i.due_date, "
                + "i.status, i.currency, i.grand_total, i.open_balance, CAST(?" + params.size() + " AS date) - i.due_date "
                + "FROM finance_invoice i JOIN crm_customer c ON c.id = i.customer_id WHERE " + where
                + " ORDER BY i.invoice_date DESC, i.id DESC LIMIT " + (page.limit() + 1) + " OFFSET " + page.offset();
        List<InvoiceSummary> items = summaries(query(sql, params));
        boolean more = items.size() > page.limit();
        if (more) {
            items = items.subList(0, page.limit());
        }
        List<Object> countParams = new ArrayList<>();
        Query count = query("SELECT count(*) FROM (SELECT 1 FROM finance_invoice i WHERE " + where(search, countParams)
                + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") t", countParams);
        long n = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.limit(), null, Math.min(n, EXACT_COUNT_LIMIT), n > EXACT_COUNT_LIMIT);
    }

    /** Open invoices of one customer, oldest due first (the order payments are allocated in by default). */
    public List<InvoiceSummary> openInvoices(long customerId) {
        List<Object> params = new ArrayList<>(List.of(calendar.today(), customerId));
        return summaries(query("SELECT i.id, i.number, i.customer_id, c.legal_name, i.shipment_number, i.invoice_date, "
                + "i.due_date, i.status, i.currency, i.grand_total, i.open_balance, CAST(?1 AS date) - i.due_date "
                + "FROM finance_invoice i JOIN crm_customer c ON c.id = i.customer_id WHERE i.customer_id = ?2 "
                + "AND i.open_balance > 0 ORDER BY i.due_date, i.invoice_date, i.number", params));
    }

    /**
     * Invoices past due on {@code asOf} (due date before it) with an open balance, most overdue first.
     *
     * @param asOf the day, null for today
     */
    public List<InvoiceSummary> overdue(LocalDate asOf) {
        LocalDate day = asOf == null ? calendar.today() : asOf;
        List<Object> params = new ArrayList<>(List.of(day));
        return summaries(query("SELECT i.id, i.number, i.customer_id, c.legal_name, i.shipment_number, i.invoice_date, "
                + "i.due_date, i.status, i.currency, i.grand_total, i.open_balance, CAST(?1 AS date) - i.due_date "
                + "FROM finance_invoice i JOIN crm_customer c ON c.id = i.customer_id WHERE i.open_balance > 0 "
                + "AND i.due_date < CAST(?1 AS date) ORDER BY i.due_date, i.number LIMIT 1000", params));
    }

    /** Credit notes, newest first, of one customer or all (at most 500). Amounts negative. */
    public List<CreditNoteView> creditNotes(Long customerId) {
        List<Object> params = new ArrayList<>();
        String where = "TRUE";
        if (customerId != null) {
            params.add(customerId);
            where = "cn.customer_id = ?1";
        }
        List<CreditNoteView> out = new ArrayList<>();
        for (Object[] r : rows(query("SELECT cn.id, cn.number, i.number, cn.customer_id, c.legal_name, cn.kind, cn.return_number, "
                + "cn.credit_date, cn.reason, cn.currency, cn.net_total, cn.tax_total, cn.grand_total, cn.created_by "
                + "FROM finance_credit_note cn JOIN finance_invoice i ON i.id = cn.invoice_id JOIN crm_customer c ON c.id = cn.customer_id "
                + "WHERE " + where + " ORDER BY cn.credit_date DESC, cn.id DESC LIMIT 500", params))) {
            out.add(new CreditNoteView(num(r[0]), (String) r[1], (String) r[2], num(r[3]), (String) r[4], (String) r[5],
                    (String) r[6], date(r[7]), (String) r[8], (String) r[9], (BigDecimal) r[10], (BigDecimal) r[11],
                    (BigDecimal) r[12], List.of(), (String) r[13]));
        }
        return out;
    }

    /** Payments, newest first, of one customer or all (at most 500), without their allocations. */
    public List<PaymentView> payments(Long customerId) {
        List<Object> params = new ArrayList<>();
        String where = "TRUE";
        if (customerId != null) {
            params.add(customerId);
            where = "p.customer_id = ?1";
        }
        List<PaymentView> out = new ArrayList<>();
        for (Object[] r : rows(query("SELECT p.id, p.number, p.customer_id, c.legal_name, p.payment_date, p.amount, p.currency, "
                + "p.method, p.reference, p.allocated_amount, p.unallocated_amount, p.created_by FROM finance_payment p "
                + "JOIN crm_customer c ON c.id = p.customer_id WHERE " + where + " ORDER BY p.payment_date DESC, p.id DESC LIMIT 500", params))) {
            out.add(new PaymentView(num(r[0]), (String) r[1], num(r[2]), (String) r[3], date(r[4]), (BigDecimal) r[5],
                    (String) r[6], (String) r[7], (String) r[8], (BigDecimal) r[9], (BigDecimal) r[10], List.of(), (String) r[11]));
        }
        return out;
    }

    /**
     * AR aging as of a day: each invoice dated on or before it, with its balance on that day (total less credit notes
     * and allocations dated on or before it), in the bucket of its days past due (day - due date): current (&lt;= 0),
     * 1-30, 31-60, 61-90, over 90. Per customer (by name) and totals; unapplied payment credit on that day beside.
     *
     * @param asOf the day, null for today
     */
    public AgingReport aging(LocalDate asOf) {
        LocalDate day = asOf == null ? calendar.today() : asOf;
        List<Object> params = new ArrayList<>(List.of(day));
        String sql = "WITH bal AS (SELECT i.customer_id, CAST(?1 AS date) - i.due_date AS late, i.grand_total "
                + "+ COALESCE((SELECT sum(cn.grand_total) FROM finance_credit_note cn WHERE cn.invoice_id = i.id AND cn.credit_date <= CAST(?1 AS date)), 0) "
                + "- COALESCE((SELECT sum(a.amount) FROM finance_payment_allocation a WHERE a.invoice_id = i.id AND a.allocated_on <= CAST(?1 AS date)), 0) AS balance "
                + "FROM finance_invoice i WHERE i.invoice_date <= CAST(?1 AS date)), "
                + "credit AS (SELECT p.customer_id, sum(p.amount - COALESCE((SELECT sum(a.amount) FROM finance_payment_allocation a "
                + "WHERE a.payment_id = p.id AND a.allocated_on <= CAST(?1 AS date)), 0)) AS unapplied FROM finance_payment p "
                + "WHERE p.payment_date <= CAST(?1 AS date) GROUP BY p.customer_id), "
                + "buckets AS (SELECT customer_id, "
                + "sum(CASE WHEN late <= 0 THEN balance ELSE 0 END) AS b0, "
                + "sum(CASE WHEN late BETWEEN 1 AND 30 THEN balance ELSE 0 END) AS b1, "
                + "sum(CASE WHEN late BETWEEN 31 AND 60 THEN balance ELSE 0 END) AS b2, "
                + "sum(CASE WHEN late BETWEEN 61 AND 90 THEN balance ELSE 0 END) AS b3, "
                + "sum(CASE WHEN late > 90 THEN balance ELSE 0 END) AS b4 FROM bal WHERE balance > 0 GROUP BY customer_id) "
                + "SELECT c.id, c.legal_name, COALESCE(b.b0, 0), COALESCE(b.b1, 0), COALESCE(b.b2, 0), COALESCE(b.b3, 0), "
                + "COALESCE(b.b4, 0), COALESCE(cr.unapplied, 0) FROM crm_customer c LEFT JOIN buckets b ON b.customer_id = c.id "
                + "LEFT JOIN credit cr ON cr.customer_id = c.id WHERE b.customer_id IS NOT NULL OR cr.unapplied > 0 "
                + "ORDER BY c.legal_name, c.id";
        List<AgingReport.Row> rows = new ArrayList<>();
        BigDecimal[] sum = {zero(), zero(), zero(), zero(), zero(), zero()};
        for (Object[] r : rows(query(sql, params))) {
            BigDecimal[] b = new BigDecimal[6];
            for (int k = 0; k < 6; k++) {
                b[k] = money(r[2 + k]);
                sum[k] = sum[k].add(b[k]);
            }
            rows.add(new AgingReport.Row(num(r[0]), (String) r[1], b[0], b[1], b[2], b[3], b[4],
                    b[0].add(b[1]).add(b[2]).add(b[3]).add(b[4]), b[5]));
        }
        AgingReport.Row totals = new AgingReport.Row(0, "Total", sum[0], sum[1], sum[2], sum[3], sum[4],
                sum[0].add(sum[1]).add(sum[2]).add(sum[3]).add(sum[4]), sum[5]);
        return new AgingReport(day, settings.currency().getCurrencyCode(), rows, totals);
    }

    /**
     * A customer statement for the period {@code from}..{@code to} (both included; defaults: the first of the month
     * of {@code to}, and today).
     *
     * @throws RecordNotFoundException "customer-not-found"
     * @throws InvalidInputException   "invalid-period" naming from, when after to
     */
    public CustomerStatement statement(long customerId, LocalDate from, LocalDate to) {
        Customer c = em.find(Customer.class, customerId);
        if (c == null) {
            throw new RecordNotFoundException("customer-not-found", "No customer with id " + customerId);
        }
        LocalDate end = to == null ? calendar.today() : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("invalid-period", "from", "from (" + start + ") must be on or before to (" + end + ")");
        }
        List<Object> params = new ArrayList<>(List.of(customerId, start));
        BigDecimal opening = money(query("SELECT COALESCE((SELECT sum(grand_total) FROM finance_invoice WHERE customer_id = ?1 "
                + "AND invoice_date < CAST(?2 AS date)), 0) + COALESCE((SELECT sum(grand_total) FROM finance_credit_note "
                + "WHERE customer_id = ?1 AND credit_date < CAST(?2 AS date)), 0) - COALESCE((SELECT sum(amount) FROM "
                + "finance_payment WHERE customer_id = ?1 AND payment_date < CAST(?2 AS date)), 0)", params).getSingleResult());
        params = new ArrayList<>(List.of(customerId, start, end));
        String sql = "SELECT d, kind, number, description, amount FROM ("
                + "SELECT invoice_date AS d, 1 AS k, 'INVOICE' AS kind, number, 'Shipment ' || shipment_number || ', order ' "
                + "|| order_number || ', due ' || to_char(due_date, 'YYYY-MM-DD') AS description, grand_total AS amount "
                + "FROM finance_invoice WHERE customer_id = ?1 AND invoice_date BETWEEN CAST(?2 AS date) AND CAST(?3 AS date) "
                + "UNION ALL SELECT cn.credit_date, 2, 'CREDIT_NOTE', cn.number, 'Credit of ' || i.number || ': ' || cn.reason, "
                + "cn.grand_total FROM finance_credit_note cn JOIN finance_invoice i ON i.id = cn.invoice_id WHERE cn.customer_id = ?1 "
                + "AND cn.credit_date BETWEEN CAST(?2 AS date) AND CAST(?3 AS date) "
                + "UNION ALL SELECT payment_date, 3, 'PAYMENT', number, 'Payment ' || method || COALESCE(', ref ' || reference, ''), "
                + "-amount FROM finance_payment WHERE customer_id = ?1 AND payment_date BETWEEN CAST(?2 AS date) AND CAST(?3 AS date)"
                + ") docs ORDER BY d, k, number";
        List<CustomerStatement.Entry> entries = new ArrayList<>();
        BigDecimal balance = opening;
        BigDecimal invoiced = zero();
        BigDecimal credited = zero();
        BigDecimal paid = zero();
        for (Object[] r : rows(query(sql, params))) {
            BigDecimal amount = money(r[4]);
            balance = balance.add(amount);
            switch ((String) r[1]) {
                case "INVOICE" -> invoiced = invoiced.add(amount);
                case "CREDIT_NOTE" -> credited = credited.add(amount.negate());
                default -> paid = paid.add(amount.negate());
            }
            String description = (String) r[3];
            entries.add(new CustomerStatement.Entry(date(r[0]), (String) r[1], (String) r[2],
                    description.length() > 200 ? description.substring(0, 197) + "..." : description, amount, balance));
        }
        return new CustomerStatement(customerId, c.legalName(), start, end, settings.currency().getCurrencyCode(), opening,
                entries, invoiced, credited, paid, balance);
    }

    /** The statement as a PDF document; errors as {@link #statement}. */
    public byte[] statementPdf(long customerId, LocalDate from, LocalDate to) {
        CustomerStatement s = statement(customerId, from, to);
        return FinancePdf.statement(s, settings.companyName(), FinancePdf.address(em.find(Customer.class, customerId)));
    }

    private static String where(InvoiceSearch s, List<Object> params) {
        List<String> parts = new ArrayList<>();
        parts.add("TRUE");
        if (s.customerId() != null) {
            params.add(s.customerId());
            parts.add("i.customer_id = ?" + params.size());
        }
        if (s.status() != null) {
            params.add(s.status().name());
            parts.add("i.status = ?" + params.size());
        }
        if (s.from() != null) {
            params.add(s.from());
            parts.add("i.invoice_date >= ?" + params.size());
        }
        if (s.to() != null) {
            params.add(s.to());
            parts.add("i.invoice_date <= ?" + params.size());
        }
        if (s.openOnly()) {
            parts.add("i.open_balance > 0");
        }
        return String.join(" AND ", parts);
    }

    private List<InvoiceSummary> summaries(Query q) {
        List<InvoiceSummary> out = new ArrayList<>();
        for (Object[] r : rows(q)) {
            out.add(new InvoiceSummary(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (String) r[4], date(r[5]),
                    date(r[6]), (String) r[7], (String) r[8], (BigDecimal) r[9], (BigDecimal) r[10], num(r[11])));
        }
        return out;
    }

    private Query query(String sql, List<Object> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static BigDecimal money(Object o) {
        BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
        return b.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
