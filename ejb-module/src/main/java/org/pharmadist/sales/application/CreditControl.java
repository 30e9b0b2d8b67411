package org.pharmadist.sales.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.SalesOrder;
import org.pharmadist.sales.domain.SalesOrderLine;
import org.pharmadist.sales.domain.SalesOrderStatus;

/**
 * The credit check: exposure = open order value (incl. tax, not yet shipped, of the customer's CONFIRMED, ON_HOLD
 * and PARTIALLY_SHIPPED orders, the checked order included with its current lines) + open receivables (finance's
 * {@link ReceivablesExposure}), compared with the customer's credit limit; a breach is exposure &gt; limit. Reads on
 * the primary database in the caller's transaction.
 *
 * <p>When no {@link ReceivablesExposure} is deployed the receivables count as zero, the result says "receivables
 * unknown" ({@link CreditCheck#receivablesKnown()} false) and a WARNING is logged once per server.
 */
@ApplicationScoped
public class CreditControl {

    private static final Logger LOG = Logger.getLogger(CreditControl.class.getName());
    private static final List<SalesOrderStatus> OPEN = List.of(SalesOrderStatus.CONFIRMED, SalesOrderStatus.ON_HOLD,
            SalesOrderStatus.PARTIALLY_SHIPPED);

    @Inject
    Instance<ReceivablesExposure> receivables;

    private final AtomicBoolean warned = new AtomicBoolean();

    /** A credit control without finance (tests): receivables unknown. */
    public static CreditControl withoutReceivables() {
        return new CreditControl();
    }

    /** A credit control on a given receivables source (tests). */
    public static CreditControl with(ReceivablesExposure source) {
        CreditControl c = new CreditControl() {
            @Override
            ReceivablesExposure source() {
                return source;
            }
        };
        return c;
    }

    ReceivablesExposure source() {
        if (receivables == null || receivables.isUnsatisfied()) {
            if (warned.compareAndSet(false, true)) {
                LOG.warning("No ReceivablesExposure implementation is deployed (finance): the credit check counts "
                        + "open receivables as zero and reports \"receivables unknown\".");
            }
            return null;
        }
        return receivables.get();
    }

    /**
     * Checks the customer's exposure with {@code order} as it is now (its open lines count when the order is in a
     * counted status or about to be: the caller checks after confirming it).
     */
    public CreditCheck check(EntityManager em, Customer customer, SalesOrder order) {
        List<SalesOrderLine> others = em.createQuery("SELECT l FROM SalesOrderLine l WHERE l.order.customerId = :c "
                + "AND l.order.status IN :s AND l.order.id <> :id", SalesOrderLine.class)
                .setParameter("c", customer.id()).setParameter("s", OPEN)
                .setParameter("id", order.id() == null ? -1L : order.id()).getResultList();
        LineAmounts open = order.openAmounts();
        for (SalesOrderLine l : others) {
            open = open.plus(l.openAmounts());
        }
        ReceivablesExposure source = source();
        BigDecimal owed = source == null ? LineAmounts.money("0") : LineAmounts.round(source.openReceivables(customer.id()));
        BigDecimal exposure = open.total().add(owed);
        BigDecimal limit = LineAmounts.round(customer.creditLimit());
        boolean within = exposure.compareTo(limit) <= 0;
        String currency = order.currency();
        String message = "credit exposure " + exposure.toPlainString() + " " + currency + " (open orders "
                + open.total().toPlainString() + " + receivables " + (source == null ? "unknown, counted as 0.00"
                : owed.toPlainString()) + ") " + (within ? "within" : "exceeds") + " the credit limit "
                + limit.toPlainString() + " " + currency + " of " + customer.legalName()
                + (source == null ? " (receivables unknown)" : "");
        return new CreditCheck(customer.id(), limit, open.total(), owed, source != null, exposure, within, message);
    }
}
