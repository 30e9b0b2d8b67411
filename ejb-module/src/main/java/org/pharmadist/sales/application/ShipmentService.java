package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.inventory.application.AllocationLine;
import org.pharmadist.inventory.application.PickedLine;
import org.pharmadist.inventory.application.StockReservations;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.SalesOrder;
import org.pharmadist.sales.domain.SalesOrderLine;
import org.pharmadist.sales.domain.SalesOrderStatus;
import org.pharmadist.sales.domain.SalesRuleViolation;
import org.pharmadist.sales.domain.Shipment;
import org.pharmadist.sales.domain.ShipmentConfirmed;
import org.pharmadist.sales.domain.ShipmentLine;
import org.pharmadist.sales.domain.ShipmentStatus;

/**
 * Shipments of sales orders (sales:ship; WAREHOUSE, MANAGER, ADMIN): create one from the order's allocated stock
 * (the pick list follows the FEFO reservations lot by lot and bin by bin), confirm it (inventory picks and ships
 * each reservation: SHIPMENT ledger entries, stock leaves; the order lines and the order move on; and
 * {@link ShipmentConfirmed} is fired INSIDE the transaction so finance writes the invoice with it), read the pick
 * list and the packing slip (sales:view). At most one OPEN shipment per order.
 */
@Stateless
public class ShipmentService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    StockReservations reservations;

    @Inject
    Event<DomainEvent> events;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<SalesOrderGate> gates;

    /** Gates used when no CDI container provides them (tests). */
    List<SalesOrderGate> fixedGates = List.of();

    /**
     * Creates an OPEN shipment of everything allocated and not yet shipped on the order (sales:ship).
     *
     * @param orderVersion the order version read
     * @throws ConflictException  "shipment-open" (one is being picked), "order-not-shippable" (not CONFIRMED or
     *                            PARTIALLY_SHIPPED, e.g. ON_HOLD), "changed-by-another-user"
     * @throws SalesRuleViolation "nothing-allocated" when no stock is reserved for the order; "order-on-hold" when a
     *                            compliance gate holds the order at this step (naming the reasons)
     */
    @RequiresPermission(module = "sales", action = "ship")
    public ShipmentView createFromOrder(long orderId, Long orderVersion) {
        SalesOrder o = order(orderId);
        if (orderVersion == null) {
            throw new InvalidInputException("invalid-version", "version", "version is required: send the order version you read");
        }
        if (o.version() != orderVersion) {
            throw SalesOrderService.changedByAnotherUser(o, orderVersion);
        }
        requireShippable(o);
        List<String> open = em.createQuery("SELECT s.number FROM Shipment s WHERE s.orderId = :o AND s.status = :st",
                String.class).setParameter("o", o.id()).setParameter("st", ShipmentStatus.OPEN).getResultList();
        if (!open.isEmpty()) {
            throw new ConflictException("shipment-open", "Shipment " + open.get(0) + " of sales order " + o.number()
                    + " is still open; confirm it before creating another one.");
        }
        gateCheck(o);
        Instant now = calendar.now();
        Shipment s = new Shipment(o.id(), o.customerId(), calendar.today(), SalesCaller.current(), now);
        for (SalesOrderLine l : o.lines()) {
            if (l.allocatedQuantity().signum() <= 0) {
                continue;
            }
            for (AllocationLine a : reservations.reservations(l.demandReference())) {
                if ("ALLOCATED".equals(a.status())) {
                    s.addLine(pick(l, a));
                }
            }
        }
        if (s.lines().isEmpty()) {
            throw new SalesRuleViolation("nothing-allocated", null, "Sales order " + o.number()
                    + " has no stock allocated to ship" + (hasBackorder(o) ? " (its lines are backordered: reallocate when stock arrives)" : "") + ".");
        }
        em.persist(s);
        s.numberFromId();
        em.lock(o, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT); // a shipment is being picked
        flush(o);
        return view(s);
    }

    /** The shipment with its pick list (sales:view); 404 "shipment-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public ShipmentView get(long id) {
        return view(find(id));
    }

    /** The packing slip: ship-to, order and PO, per line and lot product, lot, expiry, quantity (sales:view). */
    @RequiresPermission(module = "sales", action = "view")
    public PackingSlip packingSlip(long id) {
        Shipment s = find(id);
        SalesOrder o = order(s.orderId());
        Customer c = SalesProducts.customer(em, s.customerId());
        Map<Long, Product> products = products(s);
        // one line per order line and lot (the bins do not matter to the customer)
        Map<String, PackingSlip.Line> lines = new LinkedHashMap<>();
        for (ShipmentLine l : s.lines()) {
            Product p = products.get(l.productId());
            String key = l.orderLineNo() + "/" + l.lotId();
            PackingSlip.Line prev = lines.get(key);
            BigDecimal q = prev == null ? l.quantity().amount() : prev.quantity().add(l.quantity().amount());
            lines.put(key, new PackingSlip.Line(l.orderLineNo(), p.ndc11(), p.name(), l.lotNumber(), l.expiryDate(), q,
                    l.quantity().unit().name()));
        }
        return new PackingSlip(s.number(), s.status().name(), s.shipDate(), o.number(), o.customerPoReference(),
                c.legalName(), SalesOrderService.fromAddress(o.shipTo()), List.copyOf(lines.values()));
    }

    /**
     * Confirms an OPEN shipment (sales:ship): every reservation on it is picked and shipped (inventory: PICK and
     * SHIPMENT ledger entries; serialised products need the package serial numbers), the order lines' shipped
     * quantities and states and the order's state (PARTIALLY_SHIPPED or SHIPPED) are updated, and
     * {@link ShipmentConfirmed} is fired in this transaction with the frozen amounts of the shipped quantities.
     *
     * @throws ConflictException  "shipment-already-shipped", "changed-by-another-user", "order-not-shippable"
     * @throws SalesRuleViolation "order-on-hold" (a gate holds the order now)
     * @throws org.pharmadist.inventory.domain.InventoryRuleException 422 "lot-not-sellable" when a lot was
     *         quarantined, recalled or expired since allocation (nothing is shipped)
     */
    @RequiresPermission(module = "sales", action = "ship")
    public ShipmentView confirm(long id, ShipmentConfirmation confirmation) {
        Shipment s = find(id);
        Long version = confirmation == null ? null : confirmation.version();
        if (version == null) {
            throw new InvalidInputException("invalid-version", "version", "version is required: send the shipment version you read");
        }
        if (s.status() != ShipmentStatus.OPEN) {
            s.confirm(null, null, null); // throws shipment-already-shipped
        }
        if (s.version() != version) {
            throw new ConflictException(SalesOrderService.CHANGED_BY_ANOTHER_USER, "Shipment " + s.number()
                    + " was changed by another user (your version " + version + ", current " + s.version() + ").");
        }
        SalesOrder o = order(s.orderId());
        requireShippable(o);
        gateCheck(o);
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        s.confirm(today, SalesCaller.current(), now);
        flushShipment(s);

        Map<Long, Product> products = products(s);
        Set<Long> orderLineIds = new TreeSet<>();
        s.lines().forEach(l -> orderLineIds.add(l.orderLineId()));
        List<String> serials = confirmation.serialNumbers() == null ? List.of() : confirmation.serialNumbers();
        Map<Long, ShipmentLine> planned = new HashMap<>();
        s.lines().forEach(l -> planned.put(l.reservationId(), l));
        List<ShipmentLine.Pick> shipped = new ArrayList<>();
        for (SalesOrderLine l : o.lines()) {
            if (!orderLineIds.contains(l.id())) {
                continue;
            }
            Product p = products.computeIfAbsent(l.productId(), pid -> em.find(Product.class, pid));
            String demand = l.demandReference();
            reservations.pick(demand, p.serialised() ? serialsOf(p, serials) : List.of());
            List<PickedLine> out = reservations.ship(demand, s.number());
            Map<Long, AllocationLine> byReservation = new HashMap<>();
            for (AllocationLine a : reservations.reservations(demand)) {
                byReservation.put(a.reservationId(), a);
            }
            BigDecimal total = BigDecimal.ZERO;
            for (PickedLine pl : out) {
                AllocationLine a = byReservation.get(pl.reservationId());
                shipped.add(new ShipmentLine.Pick(l.id(), l.lineNo(), l.productId(), pl.reservationId(), pl.lotId(),
                        pl.lotNumber(), a.expiryDate(), pl.locationId(), a.warehouseCode(), a.locationCode(),
                        new Quantity(l.inLineUnit(pl.quantity()), l.quantity().unit()), new Quantity(pl.quantity(), l.stockUnit())));
                total = total.add(pl.quantity());
            }
            l.shipped(total);
        }
        // the shipment records what actually left, reservation by reservation
        s.replaceLines(shipped);
        o.shipmentConfirmed(now);
        flush(o);
        events.fire(event(s, o, products, now));
        return view(s);
    }

    private ShipmentConfirmed event(Shipment s, SalesOrder o, Map<Long, Product> products, Instant now) {
        Map<String, ShipmentConfirmed.Line> lines = new LinkedHashMap<>();
        Map<String, BigDecimal> stock = new HashMap<>();
        for (ShipmentLine sl : s.lines()) {
            String key = sl.orderLineNo() + "/" + sl.lotId();
            stock.merge(key, sl.stockQuantity().amount(), BigDecimal::add);
        }
        for (ShipmentLine sl : s.lines()) {
            String key = sl.orderLineNo() + "/" + sl.lotId();
            if (lines.containsKey(key)) {
                continue;
            }
            SalesOrderLine l = o.lineNo(sl.orderLineNo());
            Product p = products.get(sl.productId());
            BigDecimal qty = l.inLineUnit(stock.get(key));
            LineAmounts a = LineAmounts.of(qty, l.unitPrice(), l.discountPercent(), l.taxRatePercent());
            lines.put(key, new ShipmentConfirmed.Line(l.lineNo(), p.id(), hyphenated(p.ndc11()), p.name(), sl.lotId(), sl.lotNumber(),
                    sl.expiryDate(), qty, l.quantity().unit().name(), l.unitPrice(), l.discountPercent(),
                    l.taxRatePercent(), a.net(), a.tax()));
        }
        return new ShipmentConfirmed(s.id(), s.number(), o.id(), o.number(), o.customerId(), o.currency(),
                s.shipDate(), now, List.copyOf(lines.values()));
    }

    /** An 11-digit NDC as 5-4-2 with hyphens, e.g. "00338-0424-18" (the form of the sales events). */
    static String hyphenated(String ndc11) {
        return ndc11 == null || ndc11.length() != 11 ? ndc11
                : ndc11.substring(0, 5) + "-" + ndc11.substring(5, 9) + "-" + ndc11.substring(9);
    }

    /** The serial numbers given that belong to this product (a flat list covers every serialised line). */
    private List<String> serialsOf(Product p, List<String> serials) {
        List<String> clean = serials.stream().filter(x -> x != null && !x.isBlank()).map(String::strip).toList();
        if (clean.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.serial FROM SerialNumber s WHERE s.productId = :p AND s.serial IN :s", String.class)
                .setParameter("p", p.id()).setParameter("s", clean).getResultList();
    }

    private void requireShippable(SalesOrder o) {
        if (o.status() == SalesOrderStatus.ON_HOLD) {
            throw new SalesRuleViolation("order-on-hold", null, "Sales order " + o.number() + " is ON_HOLD ("
                    + String.join("; ", o.openHolds().stream().filter(h -> h.lineId() == null).map(h -> h.kind() + ": " + h.reason()).toList())
                    + "); it ships once the hold is released.");
        }
        if (!o.mayAllocate()) {
            throw new ConflictException("order-not-shippable", "Sales order " + o.number() + " is " + o.status()
                    + ": only a CONFIRMED or PARTIALLY_SHIPPED order ships.");
        }
    }

    /**
     * Asks the gates at the SHIP step. A hold they raise refuses the shipment with 422 "order-on-hold" naming the
     * reasons (the refusal rolls the transaction back: the gate raises it again at the next attempt).
     */
    private void gateCheck(SalesOrder o) {
        List<SalesOrderGate.LineContext> ctx = new ArrayList<>();
        for (SalesOrderLine l : o.lines()) {
            if (l.isOpen()) {
                Product p = em.find(Product.class, l.productId());
                ctx.add(new SalesOrderGate.LineContext(l.id(), l.lineNo(), l.productId(), p.ndc11(),
                        l.stockQuantity().amount(), l.stockUnit().name()));
            }
        }
        SalesOrderGate.OrderContext order = new SalesOrderGate.OrderContext(SalesOrderGate.Step.SHIP, o.id(), o.number(),
                o.customerId(), o.shipTo() == null ? null : o.shipTo().state(), ctx,
                o.deaOrderForm() == null ? null : o.deaOrderForm().toString());
        List<String> reasons = new ArrayList<>();
        for (SalesOrderGate gate : (gates != null ? gates : fixedGates)) {
            for (SalesOrderGate.Hold h : gate.check(order)) {
                if (h != null && h.kind() != null) {
                    reasons.add(h.kind() + ": " + h.reason());
                }
            }
        }
        if (!reasons.isEmpty()) {
            throw new SalesRuleViolation("order-on-hold", null, "Sales order " + o.number() + " cannot ship: "
                    + String.join("; ", reasons) + ".");
        }
    }

    private static boolean hasBackorder(SalesOrder o) {
        return o.lines().stream().anyMatch(l -> l.backorderedQuantity().signum() > 0);
    }

    private static ShipmentLine.Pick pick(SalesOrderLine l, AllocationLine a) {
        return new ShipmentLine.Pick(l.id(), l.lineNo(), l.productId(), a.reservationId(), a.lotId(), a.lotNumber(),
                a.expiryDate(), a.locationId(), a.warehouseCode(), a.locationCode(),
                new Quantity(l.inLineUnit(a.quantity()), l.quantity().unit()), new Quantity(a.quantity(), l.stockUnit()));
    }

    private void flush(SalesOrder o) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw SalesOrderService.changedByAnotherUser(o, null);
        }
    }

    private void flushShipment(Shipment s) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(SalesOrderService.CHANGED_BY_ANOTHER_USER, "Shipment " + s.number()
                    + " was confirmed by another user at the same time.");
        }
    }

    private SalesOrder order(long id) {
        SalesOrder o = em.find(SalesOrder.class, id);
        if (o == null) {
            throw new RecordNotFoundException("order-not-found", "No sales order with id " + id);
        }
        return o;
    }

    Shipment find(long id) {
        Shipment s = em.find(Shipment.class, id);
        if (s == null) {
            throw new RecordNotFoundException("shipment-not-found", "No shipment with id " + id);
        }
        return s;
    }

    Shipment findByNumber(String number) {
        List<Shipment> found = em.createQuery("SELECT s FROM Shipment s WHERE s.number = :n", Shipment.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("shipment-not-found", "No shipment with number '" + number + "'");
        }
        return found.get(0);
    }

    private Map<Long, Product> products(Shipment s) {
        Map<Long, Product> products = new HashMap<>();
        if (!s.lines().isEmpty()) {
            em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                    .setParameter("ids", s.lines().stream().map(ShipmentLine::productId).distinct().toList())
                    .getResultList().forEach(p -> products.put(p.id(), p));
        }
        return products;
    }

    ShipmentView view(Shipment s) {
        SalesOrder o = order(s.orderId());
        Customer c = SalesProducts.customer(em, s.customerId());
        Map<Long, Product> products = products(s);
        List<ShipmentView.Line> lines = new ArrayList<>();
        for (ShipmentLine l : s.lines()) {
            Product p = products.get(l.productId());
            lines.add(new ShipmentView.Line(l.id() == null ? 0 : l.id(), l.orderLineNo(), p.ndc11(), p.name(), l.lotId(),
                    l.lotNumber(), l.expiryDate(), l.warehouseCode(), l.locationCode(), l.quantity().amount(),
                    l.quantity().unit().name(), l.stockQuantity().amount(), l.stockQuantity().unit().name()));
        }
        return new ShipmentView(s.id(), s.number(), o.id(), o.number(), c.id(), c.legalName(), s.status().name(),
                s.createdOn(), s.shipDate(), s.confirmedBy(), s.confirmedAt(), s.version(), lines);
    }
}
