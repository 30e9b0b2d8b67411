package org.pharmadist.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.sales.application.SalesOrderGate;
import org.pharmadist.sales.domain.HoldKind;

/**
 * DEA order forms (21 CFR 1305.03): a schedule I or II controlled substance is distributed only against a DEA Form
 * 222 or its electronic equivalent (a CSOS order). At confirmation, when a line is added and before a shipment, every
 * line of a CI/CII product on an order without a recorded form is held (kind DEA_ORDER_FORM, the reason naming the
 * product, its schedule and the rule). Recording the form's serial or order number releases the holds
 * ({@link org.pharmadist.sales.application.SalesOrderService#recordDeaOrderForm}).
 */
@Stateless
public class DeaOrderFormGate implements SalesOrderGate {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    /** The gate on an explicit entity manager, for callers outside a container (persistence tests). */
    public static DeaOrderFormGate using(EntityManager em) {
        DeaOrderFormGate g = new DeaOrderFormGate();
        g.em = em;
        return g;
    }

    @Override
    public List<Hold> check(OrderContext order) {
        if (order.deaOrderForm() != null) {
            return List.of();
        }
        List<Hold> holds = new ArrayList<>();
        for (LineContext line : order.lines()) {
            Product p = em.find(Product.class, line.productId());
            DeaSchedule schedule = p == null ? null : p.deaSchedule();
            if (schedule == DeaSchedule.CI || schedule == DeaSchedule.CII) {
                holds.add(new Hold(HoldKind.DEA_ORDER_FORM, line.lineId(), "Line " + line.lineNo() + ": " + p.name()
                        + " is schedule " + schedule.roman() + ": record the customer's DEA Form 222 serial number or CSOS "
                        + "order number for " + order.orderNumber() + " before it is allocated or shipped (21 CFR 1305.03)"));
            }
        }
        return holds;
    }
}
