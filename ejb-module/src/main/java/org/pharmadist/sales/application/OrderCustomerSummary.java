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
 * The "orders" section of the customer 360 view: number and value of open orders (CONFIRMED, ON_HOLD,
 * PARTIALLY_SHIPPED; grand totals from the headers) and the five newest orders of any status, from the read data
 * source in two small queries.
 */
@Stateless
@Local(CustomerSummaryContributor.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderCustomerSummary implements CustomerSummaryContributor {

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Override
    public List<String> sections() {
        return List.of("orders");
    }

    @Override
    public List<CustomerSummarySection> summarize(long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("SELECT o.number, o.status, o.order_date, o.grand_total, o.currency "
                + "FROM sales_order o WHERE o.customer_id = ?1 ORDER BY o.order_date DESC, o.id DESC LIMIT 5")
                .setParameter(1, customerId).getResultList();
        if (last.isEmpty()) {
            return List.of(new CustomerSummarySection("orders", "Orders", List.of(), "No orders yet.", "sales"));
        }
        Object[] open = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(o.grand_total), 0) FROM sales_order o "
                + "WHERE o.customer_id = ?1 AND o.status IN ('CONFIRMED', 'ON_HOLD', 'PARTIALLY_SHIPPED')")
                .setParameter(1, customerId).getSingleResult();
        List<CustomerSummarySection.Line> lines = new ArrayList<>();
        String currency = (String) last.get(0)[4];
        lines.add(new CustomerSummarySection.Line("Open orders", ((Number) open[0]).longValue() + " for "
                + ((BigDecimal) open[1]).setScale(2).toPlainString() + " " + currency));
        for (Object[] r : last) {
            lines.add(new CustomerSummarySection.Line((String) r[0], r[1] + ", " + r[2] + ", "
                    + ((BigDecimal) r[3]).toPlainString() + " " + r[4]));
        }
        return List.of(new CustomerSummarySection("orders", "Orders", lines, null, "sales"));
    }
}
