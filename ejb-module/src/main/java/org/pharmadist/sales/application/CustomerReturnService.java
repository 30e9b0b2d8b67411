package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.inventory.application.ReceivedStock;
import org.pharmadist.inventory.application.StockReceipt;
import org.pharmadist.inventory.application.StockReceivingService;
import org.pharmadist.inventory.domain.LocationType;
import org.pharmadist.inventory.domain.StorageLocation;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.domain.CustomerReturn;
import org.pharmadist.sales.domain.CustomerReturnBooked;
import org.pharmadist.sales.domain.CustomerReturnLine;
import org.pharmadist.sales.domain.SalesOrder;
import org.pharmadist.sales.domain.SalesOrderLine;
import org.pharmadist.sales.domain.SalesRuleViolation;
import org.pharmadist.sales.domain.Shipment;
import org.pharmadist.sales.domain.ShipmentLine;
import org.pharmadist.sales.domain.ShipmentStatus;

/**
 * Customer returns against a shipment (book: sales:order; read: sales:view). Each line names an order line and a
 * lot of the shipment; the return is refused (422) when it is larger than what the shipment delivered of that lot
 * on that line minus what was returned already ("return-exceeds-delivered"), or names a lot the shipment did not
 * carry ("lot-not-on-shipment") or that was never shipped to the customer at all ("lot-not-shipped-to-customer").
 * The stock is booked back with inventory's receiving (RETURN ledger entries) into the first active QUARANTINE bin of
 * the warehouse it left that accepts the product's storage condition, else into the bin it was picked from; then
 * {@link CustomerReturnBooked} is fired in the same transaction (finance writes the credit note).
 */
@Stateless
public class CustomerReturnService {

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    SalesCalendar calendar;

    @Inject
    StockReceivingService receiving;

    @Inject
    Event<DomainEvent> events;

    /**
     * Books a return, all lines or none.
     *
     * @throws InvalidInputException   "invalid-return" naming shipmentId, reason, lines[i].quantity ...
     * @throws RecordNotFoundException "shipment-not-found"
     * @throws SalesRuleViolation      "shipment-not-shipped", "line-not-on-shipment", "lot-not-on-shipment",
     *                                 "lot-not-shipped-to-customer", "return-exceeds-delivered"
     */
    @RequiresPermission(module = "sales", action = "order")
    public CustomerReturnView book(CustomerReturnRequest request) {
        SalesInput in = new SalesInput();
        if (request == null || request.shipmentId() == null && (request.shipmentNumber() == null || request.shipmentNumber().isBlank())) {
            in.reject("shipmentId", "shipmentId (or shipmentNumber) is required");
        }
        String reason = request == null ? null : in.text(request.reason(), "reason", 1000);
        if (request != null && (request.lines() == null || request.lines().isEmpty())) {
            in.reject("lines", "at least one line is required");
        }
        in.throwIfAny("invalid-return");
        Shipment s = request.shipmentId() != null ? em.find(Shipment.class, request.shipmentId()) : byNumber(request.shipmentNumber());
        if (s == null) {
            throw new RecordNotFoundException("shipment-not-found", "No shipment with id " + request.shipmentId());
        }
        if (s.status() != ShipmentStatus.SHIPPED) {
            throw new SalesRuleViolation("shipment-not-shipped", "shipmentId", "Shipment " + s.number()
                    + " is not shipped yet; only delivered goods can be returned.");
        }
        SalesOrder o = em.find(SalesOrder.class, s.orderId());

        record Wanted(int index, SalesOrderLine orderLine, List<ShipmentLine> shipped, String lotNumber, Quantity quantity,
                Quantity stock, List<String> serials) { }
        List<Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            CustomerReturnRequest.Line r = request.lines().get(i);
            String prefix = "lines[" + i + "].";
            if (r == null || r.orderLineNo() == null) {
                in.reject(prefix + "orderLineNo", prefix + "orderLineNo is required");
                continue;
            }
            String lot = in.text(r.lotNumber(), prefix + "lotNumber", 40);
            List<ShipmentLine> onLine = s.lines().stream().filter(l -> l.orderLineNo() == r.orderLineNo()).toList();
            if (onLine.isEmpty()) {
                throw new SalesRuleViolation("line-not-on-shipment", prefix + "orderLineNo", "Shipment " + s.number()
                        + " delivered nothing of order line " + r.orderLineNo() + ".");
            }
            SalesOrderLine orderLine = o.lineNo(r.orderLineNo());
            Quantity q = in.quantity(r.quantity(), r.unit(), orderLine.quantity().unit(), prefix);
            if (lot == null || q == null) {
                continue;
            }
            Product p = em.find(Product.class, orderLine.productId());
            Quantity stock = SalesOrderService.stockUnits(p, q, prefix + "unit");
            List<ShipmentLine> ofLot = onLine.stream().filter(l -> l.lotNumber().equalsIgnoreCase(lot)).toList();
            if (ofLot.isEmpty()) {
                long elsewhere = em.createQuery("SELECT count(l) FROM ShipmentLine l WHERE l.productId = :p AND "
                        + "upper(l.lotNumber) = :lot AND l.shipment.customerId = :c AND l.shipment.status = :st", Long.class)
                        .setParameter("p", p.id()).setParameter("lot", lot.toUpperCase(Locale.ROOT))
                        .setParameter("c", s.customerId()).setParameter("st", ShipmentStatus.SHIPPED).getSingleResult();
                throw new SalesRuleViolation(elsewhere > 0 ? "lot-not-on-shipment" : "lot-not-shipped-to-customer",
                        prefix + "lotNumber", elsewhere > 0
                        ? "Lot " + lot + " of " + p.ndc11() + " was not delivered on order line " + r.orderLineNo()
                                + " of shipment " + s.number() + "; return it against the shipment that delivered it."
                        : "Lot " + lot + " of " + p.ndc11() + " was never shipped to this customer; it cannot be taken back.");
            }
            wanted.add(new Wanted(i, orderLine, ofLot, ofLot.get(0).lotNumber(), q, stock,
                    r.serialNumbers() == null ? List.of() : r.serialNumbers()));
        }
        in.throwIfAny("invalid-return");

        // delivered minus returned, per order line and lot, counting earlier lines of this request
        Map<String, BigDecimal> taken = new HashMap<>();
        for (Wanted w : wanted) {
            String key = w.orderLine().lineNo() + "/" + w.lotNumber();
            BigDecimal delivered = w.shipped().stream().map(l -> l.stockQuantity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal returned = em.createQuery("SELECT coalesce(sum(r.stockQuantity), 0) FROM CustomerReturnLine r "
                    + "WHERE r.shipmentLineId IN :ids", BigDecimal.class)
                    .setParameter("ids", w.shipped().stream().map(ShipmentLine::id).toList()).getSingleResult();
            BigDecimal already = returned.add(taken.getOrDefault(key, BigDecimal.ZERO));
            BigDecimal left = delivered.subtract(already);
            if (w.stock().amount().compareTo(left) > 0) {
                SalesOrderLine l = w.orderLine();
                throw new SalesRuleViolation("return-exceeds-delivered", "lines[" + w.index() + "].quantity",
                        "Return of " + w.quantity().amount().toPlainString() + " " + w.quantity().unit() + " of lot "
                        + w.lotNumber() + " (order line " + l.lineNo() + ") is more than shipment " + s.number()
                        + " delivered net of earlier returns: delivered " + l.inLineUnit(delivered).toPlainString() + " "
                        + l.quantity().unit() + ", returned " + l.inLineUnit(already).toPlainString() + ", at most "
                        + l.inLineUnit(left.max(BigDecimal.ZERO)).toPlainString() + " can come back.");
            }
            taken.merge(key, w.stock().amount(), BigDecimal::add);
        }

        Instant now = calendar.now();
        CustomerReturn rt = new CustomerReturn(s.id(), o.id(), s.customerId(), calendar.today(), reason,
                SalesCaller.current(), now);
        em.persist(rt);
        rt.numberFromId();
        em.flush();
        List<CustomerReturnBooked.Line> eventLines = new ArrayList<>();
        for (Wanted w : wanted) {
            ShipmentLine first = w.shipped().get(0);
            Product p = em.find(Product.class, first.productId());
            long location = returnLocation(p, first.locationId());
            ReceivedStock booked = receiving.receiveReturn(new StockReceipt(p.id(), location, first.lotNumber(),
                    first.expiryDate(), null, w.stock().amount(), null, w.serials(), rt.number()));
            rt.addLine(first, w.quantity(), w.stock(), location, booked.movementId());
            eventLines.add(new CustomerReturnBooked.Line(w.orderLine().lineNo(), p.id(), ShipmentService.hyphenated(p.ndc11()), first.lotId(),
                    first.lotNumber(), w.quantity().amount(), w.quantity().unit().name()));
        }
        em.flush();
        events.fire(new CustomerReturnBooked(rt.id(), rt.number(), s.id(), s.number(), o.id(), s.customerId(),
                rt.returnDate(), reason, now, eventLines));
        return view(rt);
    }

    /** One return (sales:view); 404 "return-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public CustomerReturnView get(long id) {
        CustomerReturn r = em.find(CustomerReturn.class, id);
        if (r == null) {
            throw new RecordNotFoundException("return-not-found", "No customer return with id " + id);
        }
        return view(r);
    }

    /** The returns of a shipment, oldest first (sales:view). */
    @RequiresPermission(module = "sales", action = "view")
    public List<CustomerReturnView> ofShipment(long shipmentId) {
        return em.createQuery("SELECT r FROM CustomerReturn r WHERE r.shipmentId = :s ORDER BY r.id", CustomerReturn.class)
                .setParameter("s", shipmentId).getResultList().stream().map(this::view).toList();
    }

    private Shipment byNumber(String number) {
        List<Shipment> found = em.createQuery("SELECT s FROM Shipment s WHERE s.number = :n", Shipment.class)
                .setParameter("n", number.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("shipment-not-found", "No shipment with number '" + number + "'");
        }
        return found.get(0);
    }

    /** The first active QUARANTINE bin of the warehouse accepting the product, else the bin it was shipped from. */
    private long returnLocation(Product p, long shippedFrom) {
        StorageLocation from = em.find(StorageLocation.class, shippedFrom);
        for (StorageLocation l : em.createQuery("SELECT l FROM StorageLocation l WHERE l.warehouse = :w AND l.type = :t "
                + "AND l.active = true ORDER BY l.code", StorageLocation.class)
                .setParameter("w", from.warehouse()).setParameter("t", LocationType.QUARANTINE).getResultList()) {
            if (l.accepts(p)) {
                return l.id();
            }
        }
        return from.id();
    }

    private CustomerReturnView view(CustomerReturn r) {
        Shipment s = em.find(Shipment.class, r.shipmentId());
        SalesOrder o = em.find(SalesOrder.class, r.orderId());
        List<CustomerReturnView.Line> lines = new ArrayList<>();
        for (CustomerReturnLine l : r.lines()) {
            Product p = em.find(Product.class, l.productId());
            StorageLocation loc = em.find(StorageLocation.class, l.locationId());
            lines.add(new CustomerReturnView.Line(l.orderLineNo(), p.ndc11(), l.lotNumber(), l.quantity().amount(),
                    l.quantity().unit().name(), l.stockQuantity(), loc.warehouse().code() + "/" + loc.code()));
        }
        return new CustomerReturnView(r.id(), r.number(), s.id(), s.number(), o.id(), o.number(), r.customerId(),
                r.returnDate(), r.reason(), r.createdBy(), r.createdAt(), lines);
    }
}
