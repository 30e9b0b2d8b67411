package org.pharmadist.finance.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.crm.application.CustomerSummaryContributor;
import org.pharmadist.crm.application.CustomerSummarySection;
import org.pharmadist.finance.infrastructure.FinancePdf;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.sales.application.SalesCalendar;

/**
 * The "Invoices" and "Balance" sections of the customer 360 view, from the invoice and payment headers (read data
 * source, outside the caller's transaction): open and overdue invoices with the three newest; open receivables,
 * unapplied credit and the balance.
 */
@Stateless
@Local(CustomerSummaryContributor.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FinanceCustomerSummary implements CustomerSummaryContributor {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Override
    public List<String> sections() {
        return List.of("invoices", "balance");
    }

    @Override
    public List<CustomerSummarySection> summarize(long customerId) {
        String currency = settings.currency().getCurrencyCode();
        Object[] t = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE open_balance > 0), "
                + "COALESCE(sum(open_balance), 0), count(*) FILTER (WHERE open_balance > 0 AND due_date < CAST(?2 AS date)), "
                + "COALESCE(sum(open_balance) FILTER (WHERE due_date < CAST(?2 AS date)), 0), count(*) FROM finance_invoice "
                + "WHERE customer_id = ?1").setParameter(1, customerId).setParameter(2, calendar.today()).getSingleResult();
        BigDecimal credit = new BigDecimal(em.createNativeQuery("SELECT COALESCE(sum(unallocated_amount), 0) FROM finance_payment "
                + "WHERE customer_id = ?1").setParameter(1, customerId).getSingleResult().toString());
        BigDecimal open = new BigDecimal(t[1].toString());
        long all = ((Number) t[4]).longValue();
        List<CustomerSummarySection> out = new ArrayList<>();
        if (all == 0) {
            out.add(new CustomerSummarySection("invoices", "Invoices", List.of(), "No invoices yet.", "finance"));
        } else {
            List<CustomerSummarySection.Line> lines = new ArrayList<>();
            lines.add(new CustomerSummarySection.Line("Open", t[0] + " for " + FinancePdf.money(open) + " " + currency));
            lines.add(new CustomerSummarySection.Line("Overdue", t[2] + " for " + FinancePdf.money(new BigDecimal(t[3].toString()))
                    + " " + currency));
            @SuppressWarnings("unchecked")
            List<Object[]> newest = em.createNativeQuery("SELECT number, status, due_date, grand_total, open_balance, currency "
                    + "FROM finance_invoice WHERE customer_id = ?1 ORDER BY invoice_date DESC, id DESC LIMIT 3")
                    .setParameter(1, customerId).getResultList();
            for (Object[] r : newest) {
                lines.add(new CustomerSummarySection.Line((String) r[0], r[1] + ", due " + r[2] + ", total "
                        + FinancePdf.money((BigDecimal) r[3]) + ", open " + FinancePdf.money((BigDecimal) r[4]) + " " + r[5]));
            }
            out.add(new CustomerSummarySection("invoices", "Invoices", lines, null, "finance"));
        }
        List<CustomerSummarySection.Line> balance = List.of(
                new CustomerSummarySection.Line("Open receivables", FinancePdf.money(open) + " " + currency),
                new CustomerSummarySection.Line("Unapplied credit", FinancePdf.money(credit) + " " + currency),
                new CustomerSummarySection.Line("Balance", FinancePdf.money(open.subtract(credit)) + " " + currency));
        out.add(new CustomerSummarySection("balance", "Balance", balance, null, "finance"));
        return out;
    }
}
