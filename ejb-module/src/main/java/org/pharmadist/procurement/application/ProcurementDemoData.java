package org.pharmadist.procurement.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.inventory.application.StockReceiving;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.procurement.application.GoodsReceiptRequest.GoodsReceiptLineRequest;

/**
 * Demo procurement data, loaded by {@link ProcurementDemoDataLoader} at start-up when demo data is on: suppliers that
 * are labelers of the reference catalog, open purchase orders (one draft, one sent, one confirmed and partially
 * received) and reorder policies. Idempotent: suppliers are created by code once, orders and policies only while
 * the demo suppliers have no orders. Runs as the server ("system"), not on behalf of a user, so it calls the services'
 * logic directly (same package), not through their permission-checked EJB views. One transaction.
 */
@Stateless
public class ProcurementDemoData {

    /** code, name, street, city, state, ZIP, e-mail, payment terms, lead time. */
    static final List<String[]> SUPPLIERS = List.of(
            new String[] {"HOSPIRA", "Hospira, Inc.", "275 North Field Drive", "Lake Forest", "IL", "60045", "orders@hospira.example", "30", "4"},
            new String[] {"FRESENIUS", "Fresenius Kabi USA, LLC", "Three Corporate Drive", "Lake Zurich", "IL", "60047", "orders@fresenius-kabi.example", "45", "5"},
            new String[] {"BAXTER", "Baxter Healthcare Corporation", "One Baxter Parkway", "Deerfield", "IL", "60015", "orders@baxter.example", "30", "3"},
            new String[] {"LILLY", "Eli Lilly and Company", "Lilly Corporate Center", "Indianapolis", "IN", "46285", "orders@lilly.example", "60", "7"},
            new String[] {"HIKMA", "Hikma Pharmaceuticals USA Inc.", "200 Connell Drive", "Berkeley Heights", "NJ", "07922", "orders@hikma.example", "30", "6"});

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    ProcurementSettings settings;

    @Inject
    StockReceiving stockReceiving;

    /** Loads what is missing; returns a one-line summary for the log. */
    public String load() {
        SupplierService suppliers = new SupplierService();
        suppliers.em = em;
        suppliers.events = events;
        int created = 0;
        for (String[] s : SUPPLIERS) {
            boolean exists = !em.createQuery("SELECT s.id FROM Supplier s WHERE s.code = :c", Long.class).setParameter("c", s[0])
                    .getResultList().isEmpty();
            if (!exists) {
                suppliers.create(new SupplierRequest(s[0], s[1], s[2], s[3], s[4], s[5], "US", "Customer service", s[6], null,
                        Integer.valueOf(s[7]), Integer.valueOf(s[8]), "USD", true, null, null, null));
                created++;
            }
        }
        long demoOrders = em.createQuery("SELECT count(po) FROM PurchaseOrder po WHERE po.supplier.code IN :codes", Long.class)
                .setParameter("codes", SUPPLIERS.stream().map(s -> s[0]).toList()).getSingleResult();
        if (demoOrders > 0) {
            return created + " demo suppliers created; demo purchase orders exist already";
        }
        List<?> warehouse = em.createNativeQuery("SELECT w.id, (SELECT l.id FROM storage_location l WHERE l.warehouse_id = w.id "
                + "AND l.active AND l.storage_condition = 'ROOM_TEMPERATURE' ORDER BY l.location_type <> 'RECEIVING', l.code LIMIT 1) "
                + "FROM warehouse w ORDER BY w.code LIMIT 1").getResultList();
        if (warehouse.isEmpty()) {
            return created + " demo suppliers created; no warehouse yet, so no demo purchase orders";
        }
        Object[] w = (Object[]) warehouse.get(0);
        long warehouseId = ((Number) w[0]).longValue();
        Long locationId = w[1] == null ? null : ((Number) w[1]).longValue();
        if (!productsPresent("0409-6531-01", "0409-1159-02", "63323-185-50", "0338-0424-18", "0002-8214-05")) {
            return created + " demo suppliers created; reference catalog not loaded, so no demo purchase orders";
        }

        PurchaseOrderService orders = new PurchaseOrderService();
        orders.em = em;
        orders.events = events;
        orders.settings = settings;
        PurchaseOrderView draft = orders.create(new PurchaseOrderRequest("HOSPIRA", warehouseId, null, null, List.of(
                new PurchaseOrderLineRequest("0409-6531-01", "10", null, "38.50000", null),
                new PurchaseOrderLineRequest("0409-1159-02", "25", null, "4.12000", null))));
        PurchaseOrderView sent = orders.create(new PurchaseOrderRequest("FRESENIUS", warehouseId, null, null, List.of(
                new PurchaseOrderLineRequest("63323-185-50", "40", null, "2.35000", null))));
        orders.send(sent.number(), null);
        PurchaseOrderView partial = orders.create(new PurchaseOrderRequest("BAXTER", warehouseId, null, null, List.of(
                new PurchaseOrderLineRequest("0338-0424-18", "24", null, "6.80000", null))));
        orders.send(partial.number(), null);
        orders.confirm(partial.number(), null);
        PurchaseOrderView lilly = orders.create(new PurchaseOrderRequest("LILLY", warehouseId, null, null, List.of(
                new PurchaseOrderLineRequest("0002-8214-05", "5", null, "94.20000", null))));
        orders.send(lilly.number(), null);
        String receipt = "";
        if (locationId != null) {
            GoodsReceiptService receipts = new GoodsReceiptService();
            receipts.em = em;
            receipts.events = events;
            receipts.settings = settings;
            receipts.stockReceiving = stockReceiving;
            LocalDate expiry = LocalDate.now(settings.timeZone()).plusMonths(20).withDayOfMonth(1).plusMonths(1).minusDays(1);
            receipts.receive(new GoodsReceiptRequest(partial.number(), "DEMO-PS-1", List.of(new GoodsReceiptLineRequest(1,
                    locationId, null, "DEMO-HEP-01", expiry.toString(), "10", null, null))));
            receipt = ", " + partial.number() + " partially received";
        }

        ReorderPolicyService policies = new ReorderPolicyService();
        policies.em = em;
        policies.events = events;
        policies.save(new ReorderPolicyRequest("0409-6531-01", warehouseId, "20", "120", "HOSPIRA", null));
        policies.save(new ReorderPolicyRequest("63323-185-50", warehouseId, "50", "200", "FRESENIUS", null));
        policies.save(new ReorderPolicyRequest("0338-0424-18", warehouseId, "30", "150", "BAXTER", null));
        return created + " demo suppliers created; purchase orders " + draft.number() + " (draft), " + sent.number()
                + ", " + lilly.number() + " (sent), " + partial.number() + " (confirmed)" + receipt + "; 3 reorder policies";
    }

    private boolean productsPresent(String... ndc10s) {
        long n = em.createQuery("SELECT count(p) FROM Product p WHERE p.ndc10 IN :n", Long.class)
                .setParameter("n", List.of(ndc10s)).getSingleResult();
        return n == ndc10s.length;
    }

}
