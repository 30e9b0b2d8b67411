package org.pharmadist.sales.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.crm.application.CustomerSummaryContributor;
import org.pharmadist.crm.application.CustomerSummarySection;

/**
 * The "Open quotations" section of the customer 360 view: number and total of DRAFT and SENT quotations and the three
 * newest, from the quotation headers (read data source, outside the caller's transaction).
 */
@Stateless
@Local(CustomerSummaryContributor.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuotationCustomerSummary implements CustomerSummaryContributor {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Override
    public List<String> sections() {
        return List.of("quotations");
    }

    @Override
    public List<CustomerSummarySection> summarize(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT q.number, q.status, q.valid_until, q.grand_total, q.currency, "
                + "count(*) OVER (), sum(q.grand_total) OVER () FROM sales_quotation q WHERE q.customer_id = ?1 "
                + "AND q.status IN ('DRAFT', 'SENT') ORDER BY q.quoted_on DESC, q.id DESC LIMIT 3")
                .setParameter(1, customerId).getResultList();
        if (rows.isEmpty()) {
            return List.of(new CustomerSummarySection("quotations", "Open quotations", List.of(), "No open quotations.", "sales"));
        }
        List<CustomerSummarySection.Line> lines = new ArrayList<>();
        String currency = (String) rows.get(0)[4];
        lines.add(new CustomerSummarySection.Line("Open (draft or sent)", rows.get(0)[5] + " for "
                + ((BigDecimal) rows.get(0)[6]).toPlainString() + " " + currency));
        for (Object[] r : rows) {
            lines.add(new CustomerSummarySection.Line((String) r[0], r[1] + ", valid until " + r[2] + ", "
                    + ((BigDecimal) r[3]).toPlainString() + " " + r[4]));
        }
        return List.of(new CustomerSummarySection("quotations", "Open quotations", lines, null, "sales"));
    }
}
