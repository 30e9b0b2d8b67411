package org.pharmadist.finance.application;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pharmadist.sales.application.ReceivablesExposure;

/**
 * Finance's implementation of the sales credit check's {@link ReceivablesExposure}: open invoice balances of the
 * customer less its unallocated payment credit, scale 2, on the primary database in the caller's transaction (an
 * invoice written in that transaction counts). Credit notes are already in the open balances (applied in full).
 */
@Stateless
@Local(ReceivablesExposure.class)
public class FinanceReceivables implements ReceivablesExposure {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Override
    public BigDecimal openReceivables(long customerId) {
        Object v = em.createNativeQuery("SELECT COALESCE((SELECT sum(open_balance) FROM finance_invoice WHERE customer_id = ?1), 0) "
                + "- COALESCE((SELECT sum(unallocated_amount) FROM finance_payment WHERE customer_id = ?1), 0)")
                .setParameter(1, customerId).getSingleResult();
        return new BigDecimal(v.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
