package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.inventory.application.StockReservations;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Demo sales orders, loaded after the demo prices and quotations: for demo customers with a price list and demo
 * products in sellable stock, one order in each state: CONFIRMED (allocated), BACKORDERED (more than the stock),
 * PARTIALLY_SHIPPED (one line shipped, one backordered), SHIPPED (with its confirmed shipment), ON_HOLD (credit
 * limit exceeded) and a DRAFT. Runs the order, shipment and credit rules themselves (no caller permission at
 * start-up), in one transaction; idempotent (nothing when an order exists).
 */
@Stateless
public class SalesOrderDemoDataService {

    private static final Logger LOG = Logger.getLogger(SalesOrderDemoDataService.class.getName());

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Inject
    StockReservations reservations;

    @Inject
    CreditControl credit;

    @Inject
    Event<DomainEvent> events;

    /** Loads the demo orders; answers how many were created (0 when orders exist or nothing fits). */
    public int load() {
        if (!em.createQuery("SELECT o.id FROM SalesOrder o").setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        SalesOrderService orders = new SalesOrderService();
        orders.em = em;
        orders.calendar = calendar;
        orders.settings = settings;
        orders.reservations = reservations;
        orders.credit = credit;
        ShipmentService shipments = new ShipmentService();
        shipments.em = em;
        shipments.calendar = calendar;
        shipments.reservations = reservations;
        shipments.events = events;

        List<Customer> customers = em.createQuery("SELECT c FROM Customer c WHERE c.priceList IS NOT NULL "
                + "ORDER BY c.creditLimit DESC, c.id", Customer.class).getResultList();
        if (customers.size() < 2) {
            return 0;
        }
        int created = 0;
        int k = 0;
        String[] plan = {"CONFIRMED", "SHIPPED", "PARTIALLY_SHIPPED", "BACKORDERED", "DRAFT"};
        for (String target : plan) {
            Customer c = customers.get(k++ % (customers.size() - 1));
            List<Object[]> stock = stocked(c, 2);
            if (stock.size() < (target.equals("PARTIALLY_SHIPPED") ? 2 : 1)) {
                continue;
            }
            try {
                List<SalesOrderLineRequest> lines = new ArrayList<>();
                String ndc1 = (String) stock.get(0)[0];
                BigDecimal atp1 = (BigDecimal) stock.get(0)[1];
                switch (target) {
                    case "BACKORDERED" -> lines.add(line(ndc1, atp1.add(BigDecimal.TEN).setScale(0, RoundingMode.DOWN)));
                    case "PARTIALLY_SHIPPED" -> {
                        lines.add(line(ndc1, BigDecimal.ONE));
                        lines.add(line((String) stock.get(1)[0], ((BigDecimal) stock.get(1)[1]).add(BigDecimal.TEN)
                                .setScale(0, RoundingMode.DOWN)));
                    }
                    default -> lines.add(line(ndc1, BigDecimal.ONE));
                }
                SalesOrderView o = orders.create(new SalesOrderRequest(c.id(), calendar.today().plusDays(3).toString(),
                        "DEMO-" + target, null, null, null, lines));
                created++;
                if (target.equals("DRAFT")) {
                    continue;
                }
                o = orders.confirm(o.id(), o.version());
                if (target.equals("SHIPPED") || target.equals("PARTIALLY_SHIPPED")) {
                    ShipmentView s = shipments.createFromOrder(o.id(), o.version());
                    shipments.confirm(s.id(), new ShipmentConfirmation(s.version(), List.of()));
                }
            } catch (BusinessException e) {
                LOG.log(Level.INFO, "demo order " + target + " for " + c.legalName() + " left out: " + e.getMessage());
            }
        }
        // credit hold: the customer with the lowest limit orders more than it
        Customer lowest = customers.get(customers.size() - 1);
        List<Object[]> stock = stocked(lowest, 1);
        if (!stock.isEmpty()) {
            try {
                SalesOrderView o = orders.create(new SalesOrderRequest(lowest.id(), null, "DEMO-CREDIT-HOLD", null, null,
                        null, List.of(line((String) stock.get(0)[0], BigDecimal.ONE))));
                BigDecimal unit = o.lines().get(0).totalAmount();
                if (unit.signum() > 0) {
                    BigDecimal qty = lowest.creditLimit().divide(unit, 0, RoundingMode.DOWN).add(BigDecimal.TEN);
                    o = orders.addLine(o.id(), o.version(), line((String) stock.get(0)[0], qty));
                    orders.confirm(o.id(), o.version());
                    created++;
                }
            } catch (BusinessException e) {
                LOG.log(Level.INFO, "demo credit-hold order left out: " + e.getMessage());
            }
        }
        em.flush();
        return created;
    }

    private static SalesOrderLineRequest line(String ndc, BigDecimal qty) {
        return new SalesOrderLineRequest(ndc, qty.max(BigDecimal.ONE).toPlainString(), "EA", null, "0", "0");
    }

    /** Up to {@code n} products priced on the customer's list with free sellable stock: [ndc11, free stock units]. */
    @SuppressWarnings("unchecked")
    private List<Object[]> stocked(Customer c, int n) {
        return em.createNativeQuery("SELECT p.ndc11, sum(b.on_hand - b.reserved) FROM product p "
                + "JOIN stock_balance b ON b.product_id = p.id JOIN lot l ON l.id = b.lot_id "
                + "JOIN storage_location loc ON loc.id = b.location_id "
                + "WHERE l.status = 'AVAILABLE' AND l.expiry_date >= ?2 AND loc.location_type = 'STORAGE' AND loc.active "
                + "AND p.stock_unit = 'EA' AND p.serialised = false AND p.dea_schedule IS NULL "
                + "AND EXISTS (SELECT 1 FROM sales_price_list_item i JOIN sales_price_list pl ON pl.id = i.price_list_id "
                + "WHERE i.product_id = p.id AND pl.code = ?1) "
                + "AND NOT EXISTS (SELECT 1 FROM sales_order_line ol WHERE ol.product_id = p.id) "
                + "GROUP BY p.ndc11 HAVING sum(b.on_hand - b.reserved) >= 5 ORDER BY p.ndc11 LIMIT " + n)
                .setParameter(1, c.priceList()).setParameter(2, calendar.today().plusDays(c.minShelfLifeDays() + 30))
                .getResultList();
    }
}
