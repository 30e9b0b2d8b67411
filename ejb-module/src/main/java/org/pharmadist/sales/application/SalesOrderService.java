package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.UnitNotDefinedException;
import org.pharmadist.crm.domain.Address;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.inventory.application.AllocationRequest;
import org.pharmadist.inventory.application.AllocationResult;
import org.pharmadist.inventory.application.StockReservations;
import org.pharmadist.inventory.domain.Warehouse;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.security.PermissionDeniedException;
import org.pharmadist.platform.security.PermissionMatrix;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.platform.security.Role;
import org.pharmadist.sales.domain.DeaOrderForm;
import org.pharmadist.sales.domain.HoldKind;
import org.pharmadist.sales.domain.HoldStatus;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.OrderHold;
import org.pharmadist.sales.domain.OrderLineStatus;
import org.pharmadist.sales.domain.PricedUnit;
import org.pharmadist.sales.domain.Quotation;
import org.pharmadist.sales.domain.QuotationLine;
import org.pharmadist.sales.domain.QuotationStatus;
import org.pharmadist.sales.domain.SalesOrder;
import org.pharmadist.sales.domain.SalesOrderLine;
import org.pharmadist.sales.domain.SalesOrderStatus;
import org.pharmadist.sales.domain.SalesRuleViolation;
import org.pharmadist.sales.domain.ShipmentStatus;

/**
 * Sales orders: enter (directly or from an ACCEPTED quotation, once), add lines, confirm (prices frozen, compliance
 * gates, credit check, FEFO allocation with the customer's minimum remaining shelf life, backorder of what is short),
 * reallocate backorders, cancel (reservations released), release or reject holds. Every change is one transaction on
 * the primary database, guarded by the order's version (409 "changed-by-another-user"); the inventory side runs in
 * the same transaction ({@link StockReservations}), so an order and its reservations change together or not at all.
 *
 * <p>Credit: every step that raises the exposure (confirm, add a line to a confirmed order, release of a non-credit
 * hold that reopens the order) runs {@link CreditControl}; a breach puts the order ON_HOLD with a CREDIT hold and
 * nothing is allocated until a user with sales:credit-release releases it (then it is allocated) or rejects it (then
 * the order is cancelled).
 */
@Stateless
public class SalesOrderService {

    /** Problem type of a stale version. */
    public static final String CHANGED_BY_ANOTHER_USER = "changed-by-another-user";
    /** Raised-by of holds from the credit check. */
    public static final String CREDIT_CHECK = "credit-check";

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
    @Any
    Instance<SalesOrderGate> gates;

    @Inject
    SecurityContext security;

    @Inject
    PermissionMatrix matrix;

    /** Gates used when no CDI container provides them (tests). */
    List<SalesOrderGate> fixedGates = List.of();

    /**
     * Creates a DRAFT order with its lines priced (sales:order), all or nothing.
     *
     * @throws InvalidInputException   "invalid-order" naming customerId, requestedDeliveryDate, lines[i].quantity ...
     * @throws RecordNotFoundException "customer-not-found", "product-not-found", "warehouse-not-found"
     * @throws SalesRuleViolation      422 "no-price" naming the product (when no price is given)
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView create(SalesOrderRequest request) {
        SalesInput in = new SalesInput();
        if (request == null || request.customerId() == null) {
            in.reject("customerId", "customerId is required");
        }
        LocalDate today = calendar.today();
        LocalDate requested = null;
        String po = null;
        DeaOrderForm form = null;
        if (request != null) {
            if (request.requestedDeliveryDate() != null && !request.requestedDeliveryDate().isBlank()) {
                requested = in.date(request.requestedDeliveryDate(), "requestedDeliveryDate");
                if (requested != null && requested.isBefore(today)) {
                    in.reject("requestedDeliveryDate", "requestedDeliveryDate must be today (" + today + ") or later");
                }
            }
            po = in.optionalText(request.customerPoReference(), "customerPoReference", 60);
            form = deaOrderForm(in, request.deaOrderForm());
            address(in, request.billTo(), "billTo.");
            address(in, request.shipTo(), "shipTo.");
        }
        in.throwIfAny("invalid-order");
        Customer customer = SalesProducts.customer(em, request.customerId());
        Long warehouseId = warehouse(request.warehouseCode());
        List<SalesOrderLineRequest> lines = request.lines() == null ? List.of() : request.lines();
        List<Line> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            valid.add(line(in, lines.get(i), "lines[" + i + "]."));
        }
        in.throwIfAny("invalid-order");
        Instant now = calendar.now();
        SalesOrder o = new SalesOrder(customer.id(), today, settings.currency().getCurrencyCode(), requested, po, null,
                warehouseId, request.billTo() == null ? customer.billTo() : toAddress(request.billTo()),
                request.shipTo() == null ? customer.shipTo() : toAddress(request.shipTo()), SalesCaller.current(), now);
        em.persist(o);
        o.numberFromId();
        if (form != null) {
            requireUnusedForm(form, o);
            o.recordDeaOrderForm(form, now);
        }
        PriceFinder prices = new PriceFinder(em);
        for (int i = 0; i < valid.size(); i++) {
            add(o, customer, valid.get(i), prices, today, "lines[" + i + "].", now);
        }
        em.flush();
        return view(o, customer, null);
    }

    /**
     * Creates a DRAFT order from an ACCEPTED quotation (sales:order): its lines with their frozen prices, discounts
     * and tax rates (kept at confirmation). A quotation converts once.
     *
     * @throws RecordNotFoundException "quotation-not-found"
     * @throws ConflictException       "quotation-not-accepted", "quotation-already-converted" (naming the order)
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView createFromQuotation(long quotationId, String customerPoReference, String requestedDeliveryDate) {
        Quotation q = em.find(Quotation.class, quotationId);
        if (q == null) {
            throw new RecordNotFoundException("quotation-not-found", "No quotation with id " + quotationId);
        }
        if (q.status() != QuotationStatus.ACCEPTED) {
            throw new ConflictException("quotation-not-accepted", "Quotation " + q.number() + " is " + q.status()
                    + ": only an ACCEPTED quotation converts to a sales order.");
        }
        List<String> existing = em.createQuery("SELECT o.number FROM SalesOrder o WHERE o.sourceQuotationId = :q",
                String.class).setParameter("q", q.id()).getResultList();
        if (!existing.isEmpty()) {
            throw new ConflictException("quotation-already-converted", "Quotation " + q.number()
                    + " was already converted to sales order " + existing.get(0) + ".");
        }
        SalesInput in = new SalesInput();
        LocalDate today = calendar.today();
        LocalDate requested = null;
        if (requestedDeliveryDate != null && !requestedDeliveryDate.isBlank()) {
            requested = in.date(requestedDeliveryDate, "requestedDeliveryDate");
            if (requested != null && requested.isBefore(today)) {
                in.reject("requestedDeliveryDate", "requestedDeliveryDate must be today (" + today + ") or later");
            }
        }
        String po = in.optionalText(customerPoReference, "customerPoReference", 60);
        in.throwIfAny("invalid-order");
        Customer customer = SalesProducts.customer(em, q.customerId());
        Instant now = calendar.now();
        SalesOrder o = new SalesOrder(customer.id(), today, q.currency(), requested, po, q.id(), null,
                customer.billTo(), customer.shipTo(), SalesCaller.current(), now);
        em.persist(o);
        o.numberFromId();
        for (QuotationLine ql : q.lines()) {
            Product p = em.find(Product.class, ql.productId());
            String source = "quotation " + q.number() + ": " + ql.priceSource();
            o.addLine(p.id(), ql.quantity(), stockUnits(p, ql.quantity(), "unit"),
                    new PricedUnit(ql.unitPrice(), source.length() > 200 ? source.substring(0, 200) : source, "QUOTATION", q.number()),
                    true, ql.discountPercent(), ql.taxRatePercent(), now);
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException("quotation-already-converted", "Quotation " + q.number()
                    + " was converted to a sales order at the same time by another user.");
        }
        return view(o, customer, null);
    }

    /** One order with lines and holds (sales:view); 404 "order-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public SalesOrderView get(long id) {
        SalesOrder o = find(id);
        return view(o, SalesProducts.customer(em, o.customerId()), null);
    }

    /** One order by number, e.g. "SO-2026-000051" (sales:view); 404 "order-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public SalesOrderView getByNumber(String number) {
        SalesOrder o = findByNumber(number);
        return view(o, SalesProducts.customer(em, o.customerId()), null);
    }

    /** The customer's credit check with this order as it stands (sales:view); nothing is changed. */
    @RequiresPermission(module = "sales", action = "view")
    public CreditCheck creditCheck(long id) {
        SalesOrder o = find(id);
        return credit.check(em, SalesProducts.customer(em, o.customerId()), o);
    }

    /**
     * Adds a line (sales:order). On a DRAFT the line is priced now and again at confirmation; on a confirmed order
     * (CONFIRMED, ON_HOLD, PARTIALLY_SHIPPED) its price is frozen at once, the gates and the credit check run, and it
     * is allocated unless a hold stops it.
     *
     * @param version the order version read
     * @throws ConflictException "changed-by-another-user", "order-closed"
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView addLine(long id, Long version, SalesOrderLineRequest request) {
        SalesOrder o = findForChange(id, version);
        SalesInput in = new SalesInput();
        Line l = line(in, request, "");
        in.throwIfAny("invalid-order-line");
        Customer customer = SalesProducts.customer(em, o.customerId());
        Instant now = calendar.now();
        SalesOrderLine added = add(o, customer, l, new PriceFinder(em), calendar.today(), "", now);
        CreditCheck check = null;
        if (o.status() != SalesOrderStatus.DRAFT) {
            em.flush();
            applyGates(o, SalesOrderGate.Step.ADD_LINE, List.of(added), now);
            check = checkCredit(o, customer, now);
            allocateOpen(o, customer);
        }
        return saved(o, customer, check);
    }

    /**
     * Confirms a DRAFT (sales:order): prices not given by the user are found again and frozen; the compliance gates
     * are asked; the credit check runs (breach: ON_HOLD with a CREDIT hold, nothing allocated); otherwise every line
     * is allocated FEFO with the customer's minimum remaining shelf life, what is short is backordered.
     *
     * @throws ConflictException  "invalid-status-transition", "changed-by-another-user"
     * @throws SalesRuleViolation "order-empty", "no-price"
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView confirm(long id, Long version) {
        SalesOrder o = findForChange(id, version);
        Customer customer = SalesProducts.customer(em, o.customerId());
        PriceFinder prices = new PriceFinder(em);
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        o.confirm(line -> line.priceGiven() ? null : prices.price(customer, em.find(Product.class, line.productId()),
                line.quantity(), today, "lines[" + (line.lineNo() - 1) + "].unit"), now);
        em.flush();
        applyGates(o, SalesOrderGate.Step.CONFIRM, o.lines(), now);
        CreditCheck check = checkCredit(o, customer, now);
        allocateOpen(o, customer);
        return saved(o, customer, check);
    }

    /**
     * Allocates what is backordered (and any open line not yet allocated) of a CONFIRMED or PARTIALLY_SHIPPED order
     * (sales:order), FEFO as at confirmation. An order on hold or with an open shipment is refused.
     *
     * @throws ConflictException "order-not-allocatable", "shipment-open", "changed-by-another-user"
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView reallocate(long id, Long version) {
        SalesOrder o = findForChange(id, version);
        if (!o.mayAllocate()) {
            throw new ConflictException("order-not-allocatable", "Sales order " + o.number() + " is " + o.status()
                    + ": only a CONFIRMED or PARTIALLY_SHIPPED order is allocated.");
        }
        requireNoOpenShipment(o);
        Customer customer = SalesProducts.customer(em, o.customerId());
        allocateOpen(o, customer);
        o.touched(calendar.now());
        return saved(o, customer, null);
    }

    /**
     * Cancels the order (sales:order): every reservation is released (DEALLOCATION ledger entries), open holds are
     * closed. Refused once anything was shipped (409 "order-shipped") or while a shipment is being picked (409
     * "shipment-open").
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView cancel(long id, Long version) {
        SalesOrder o = findForChange(id, version);
        requireNoOpenShipment(o);
        Instant now = calendar.now();
        List<SalesOrderLine> cancelled = o.cancel(now);
        release(cancelled);
        return saved(o, SalesProducts.customer(em, o.customerId()), null);
    }

    /**
     * Records the DEA order form of a schedule I/II order (sales:order; 21 CFR 1305.03): the DEA Form 222 serial
     * number or the CSOS order number the customer sent. Every open DEA_ORDER_FORM hold is released by it (decided by
     * the caller, the reason naming the form); when the order leaves ON_HOLD the credit check runs again and the open
     * lines are allocated. Before anything is shipped a recorded form may be corrected.
     *
     * @throws InvalidInputException "invalid-dea-order-form" naming deaOrderForm.type or deaOrderForm.number
     * @throws ConflictException     "dea-order-form-in-use" (another order has that form), "order-closed",
     *                               "dea-order-form-recorded", "changed-by-another-user"
     */
    @RequiresPermission(module = "sales", action = "order")
    public SalesOrderView recordDeaOrderForm(long id, Long version, SalesOrderRequest.DeaOrderFormRequest request) {
        SalesInput in = new SalesInput();
        DeaOrderForm form = deaOrderForm(in, request);
        if (form == null) {
            in.reject("deaOrderForm.number", "The DEA Form 222 serial number or CSOS order number is required");
        }
        in.throwIfAny("invalid-dea-order-form");
        SalesOrder o = findForChange(id, version);
        requireUnusedForm(form, o);
        Instant now = calendar.now();
        o.recordDeaOrderForm(form, now);
        Customer customer = SalesProducts.customer(em, o.customerId());
        boolean wasOnHold = o.status() == SalesOrderStatus.ON_HOLD;
        for (OrderHold h : o.openHolds()) {
            if (h.kind() == HoldKind.DEA_ORDER_FORM) {
                o.release(h.id(), SalesCaller.current(), form + " recorded", now);
            }
        }
        CreditCheck check = null;
        if (wasOnHold && o.mayAllocate()) {
            em.flush();
            check = checkCredit(o, customer, now);
        }
        if (o.mayAllocate()) {
            allocateOpen(o, customer);
        }
        o.touched(now);
        return saved(o, customer, check);
    }

    /**
     * Releases a hold with a reason. A CREDIT hold needs sales:credit-release (FINANCE, ADMIN); the other kinds the
     * permission their {@link HoldKind} names. When the order leaves ON_HOLD its open lines are allocated; releasing
     * a non-credit hold reopens the order, so the credit check runs again first.
     *
     * @throws InvalidInputException   "invalid-hold-decision" without a reason
     * @throws RecordNotFoundException "hold-not-found"
     * @throws ConflictException       "hold-already-decided", "changed-by-another-user"
     * @throws PermissionDeniedException (403) without the hold kind's permission
     */
    @RequiresPermission(module = "sales", action = "view")
    public SalesOrderView releaseHold(long id, long holdId, HoldDecision decision) {
        SalesOrder o = findForChange(id, decision == null ? null : decision.version());
        String reason = decisionReason(decision);
        OrderHold hold = o.hold(holdId);
        requirePermission(hold.kind());
        if (hold.kind() == HoldKind.DEA_ORDER_FORM && hold.status() == HoldStatus.OPEN) {
            throw new ConflictException("dea-order-form-required", "This hold is released by recording the DEA Form 222 "
                    + "serial number or CSOS order number of sales order " + o.number() + " (21 CFR 1305.03).");
        }
        Customer customer = SalesProducts.customer(em, o.customerId());
        Instant now = calendar.now();
        o.release(holdId, SalesCaller.current(), reason, now);
        CreditCheck check = null;
        if (hold.kind() != HoldKind.CREDIT && o.mayAllocate()) {
            em.flush();
            check = checkCredit(o, customer, now);
        }
        allocateOpen(o, customer);
        o.touched(now);
        return saved(o, customer, check);
    }

    /**
     * Rejects a hold with a reason (permissions as {@link #releaseHold}): a line hold cancels that line, an
     * order-level hold cancels the order (every line not shipped); their reservations are released.
     */
    @RequiresPermission(module = "sales", action = "view")
    public SalesOrderView rejectHold(long id, long holdId, HoldDecision decision) {
        SalesOrder o = findForChange(id, decision == null ? null : decision.version());
        String reason = decisionReason(decision);
        OrderHold hold = o.hold(holdId);
        requirePermission(hold.kind());
        if (hold.lineId() == null) {
            requireNoOpenShipment(o);
        }
        Instant now = calendar.now();
        release(o.reject(holdId, SalesCaller.current(), reason, now));
        return saved(o, SalesProducts.customer(em, o.customerId()), null);
    }

    // ------------------------------------------------------------------ helpers

    /** A validated line request. */
    record Line(Product product, Quantity quantity, Quantity stock, BigDecimal unitPrice, BigDecimal discount,
            BigDecimal tax) { }

    private Line line(SalesInput in, SalesOrderLineRequest request, String prefix) {
        SalesOrderLineRequest r = request == null ? new SalesOrderLineRequest(null, null, null, null, null, null) : request;
        Product product = null;
        try {
            product = SalesProducts.find(em, r.ndc(), prefix + "ndc");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(in::reject);
        }
        Quantity quantity = in.quantity(r.quantity(), r.unit(), product == null ? null : product.salesUnit(), prefix);
        Quantity stock = null;
        if (product != null && quantity != null) {
            try {
                stock = product.toStockUnits(quantity);
            } catch (UnitNotDefinedException e) {
                in.reject(prefix + "unit", e.getMessage());
            }
        }
        BigDecimal price = r.unitPrice() == null || r.unitPrice().isBlank() ? null
                : in.decimal(r.unitPrice(), prefix + "unitPrice", BigDecimal.ZERO, null, LineAmounts.UNIT_PRICE_SCALE, "12.50");
        BigDecimal disc = in.optionalDecimal(r.discountPercent(), prefix + "discountPercent", BigDecimal.ZERO,
                LineAmounts.hundred(), 4, BigDecimal.ZERO);
        BigDecimal tax = in.optionalDecimal(r.taxRatePercent(), prefix + "taxRatePercent", BigDecimal.ZERO,
                LineAmounts.hundred(), 4, BigDecimal.ZERO);
        return new Line(product, quantity, stock, price, disc, tax);
    }

    private SalesOrderLine add(SalesOrder o, Customer customer, Line l, PriceFinder prices, LocalDate today,
            String prefix, Instant now) {
        boolean given = l.unitPrice() != null;
        PricedUnit price = given ? new PricedUnit(l.unitPrice(), "entered by " + SalesCaller.current(), "MANUAL", null)
                : prices.price(customer, l.product(), l.quantity(), today, prefix + "unit");
        return o.addLine(l.product().id(), l.quantity(), l.stock(), price, given, l.discount(), l.tax(), now);
    }

    static Quantity stockUnits(Product p, Quantity q, String field) {
        try {
            return p.toStockUnits(q);
        } catch (UnitNotDefinedException e) {
            throw new InvalidInputException("unit-not-defined", field, e.getMessage());
        }
    }

    /** The form of a request, null when none is given; format errors go to deaOrderForm.type / .number. */
    private static DeaOrderForm deaOrderForm(SalesInput in, SalesOrderRequest.DeaOrderFormRequest r) {
        if (r == null || ((r.type() == null || r.type().isBlank()) && (r.number() == null || r.number().isBlank()))) {
            return null;
        }
        try {
            return DeaOrderForm.parse(r.type(), r.number());
        } catch (IllegalArgumentException e) {
            in.reject(e.getMessage().contains("type") ? "deaOrderForm.type" : "deaOrderForm.number", e.getMessage());
            return null;
        }
    }

    /** A Form 222 serial or CSOS order number identifies one order. */
    private void requireUnusedForm(DeaOrderForm form, SalesOrder o) {
        List<String> others = em.createQuery("SELECT s.number FROM SalesOrder s WHERE s.deaOrderForm.type = :t "
                + "AND s.deaOrderForm.number = :n AND s.id <> :id", String.class).setParameter("t", form.type())
                .setParameter("n", form.number()).setParameter("id", o.id()).getResultList();
        if (!others.isEmpty()) {
            throw new ConflictException("dea-order-form-in-use", form + " is already recorded on sales order "
                    + others.get(0) + ".");
        }
    }

    private static void address(SalesInput in, SalesOrderRequest.OrderAddress a, String prefix) {
        if (a == null) {
            return;
        }
        in.optionalText(a.line1(), prefix + "line1", 200);
        in.optionalText(a.line2(), prefix + "line2", 200);
        in.optionalText(a.city(), prefix + "city", 100);
        if (a.state() != null && !a.state().isBlank() && !a.state().strip().matches("[A-Za-z]{2}")) {
            in.reject(prefix + "state", prefix + "state must be a two-letter state code, e.g. NJ");
        }
        if (a.postalCode() != null && !a.postalCode().isBlank() && !a.postalCode().strip().matches("\\d{5}(-\\d{4})?")) {
            in.reject(prefix + "postalCode", prefix + "postalCode must be a ZIP (12345) or ZIP+4 (12345-6789)");
        }
    }

    private static Address toAddress(SalesOrderRequest.OrderAddress a) {
        return new Address(blankToNull(a.line1()), blankToNull(a.line2()), blankToNull(a.city()),
                a.state() == null || a.state().isBlank() ? null : a.state().strip().toUpperCase(Locale.ROOT),
                blankToNull(a.postalCode()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static SalesOrderRequest.OrderAddress fromAddress(Address a) {
        return a == null ? null : new SalesOrderRequest.OrderAddress(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    private Long warehouse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        List<Warehouse> found = em.createQuery("SELECT w FROM Warehouse w WHERE w.code = :c", Warehouse.class)
                .setParameter("c", code.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("warehouse-not-found", "No warehouse with code '" + code + "'");
        }
        return found.get(0).id();
    }

    /** Asks every gate; records the holds they raise (not one already open of the same kind and line). */
    void applyGates(SalesOrder o, SalesOrderGate.Step step, List<SalesOrderLine> lines, Instant now) {
        List<SalesOrderGate.LineContext> ctx = new ArrayList<>();
        Map<Long, Product> products = products(lines);
        for (SalesOrderLine l : lines) {
            if (l.isOpen()) {
                ctx.add(new SalesOrderGate.LineContext(l.id(), l.lineNo(), l.productId(), products.get(l.productId()).ndc11(),
                        l.stockQuantity().amount(), l.stockUnit().name()));
            }
        }
        if (ctx.isEmpty()) {
            return;
        }
        SalesOrderGate.OrderContext order = new SalesOrderGate.OrderContext(step, o.id(), o.number(), o.customerId(),
                o.shipTo() == null ? null : o.shipTo().state(), ctx, o.deaOrderForm() == null ? null : o.deaOrderForm().toString());
        for (SalesOrderGate gate : gates()) {
            for (SalesOrderGate.Hold h : gate.check(order)) {
                if (h == null || h.kind() == null) {
                    continue;
                }
                boolean open = o.openHolds().stream().anyMatch(x -> x.kind() == h.kind()
                        && java.util.Objects.equals(x.lineId(), h.lineId()));
                if (!open) {
                    o.hold(h.lineId(), h.kind(), h.reason() == null || h.reason().isBlank() ? h.kind() + " hold" : h.reason(),
                            gate.getClass().getSimpleName().replaceAll("\\$.*", ""), now);
                }
            }
        }
    }

    Iterable<SalesOrderGate> gates() {
        return gates != null ? gates : fixedGates;
    }

    /** Runs the credit check; a breach raises a CREDIT hold on the order (unless one is open). */
    private CreditCheck checkCredit(SalesOrder o, Customer customer, Instant now) {
        CreditCheck check = credit.check(em, customer, o);
        if (!check.withinLimit() && !o.hasOpenOrderHold(HoldKind.CREDIT)) {
            o.hold(null, HoldKind.CREDIT, "Credit limit exceeded: " + check.message() + ".", CREDIT_CHECK, now);
        }
        return check;
    }

    /** Allocates every open line that is not held and has an unreserved quantity, when the order may allocate. */
    void allocateOpen(SalesOrder o, Customer customer) {
        if (!o.mayAllocate()) {
            return;
        }
        for (SalesOrderLine l : o.lines()) {
            if (!l.isOpen() || l.status() == OrderLineStatus.ON_HOLD || l.unreserved().signum() <= 0) {
                continue;
            }
            AllocationResult r = reservations.allocate(new AllocationRequest(l.demandReference(), l.productId(),
                    new Quantity(l.unreserved(), l.stockUnit()), o.warehouseId(), customer.minShelfLifeDays()));
            l.allocated(r.allocated());
        }
    }

    private void release(List<SalesOrderLine> lines) {
        for (SalesOrderLine l : lines) {
            reservations.release(l.demandReference());
        }
    }

    private void requireNoOpenShipment(SalesOrder o) {
        List<String> open = em.createQuery("SELECT s.number FROM Shipment s WHERE s.orderId = :o AND s.status = :st",
                String.class).setParameter("o", o.id()).setParameter("st", ShipmentStatus.OPEN).getResultList();
        if (!open.isEmpty()) {
            throw new ConflictException("shipment-open", "Shipment " + open.get(0) + " of sales order " + o.number()
                    + " is being picked; confirm it first.");
        }
    }

    private static String decisionReason(HoldDecision d) {
        if (d == null || d.reason() == null || d.reason().isBlank()) {
            throw new InvalidInputException("invalid-hold-decision", "reason", "reason is required: say why the hold is decided");
        }
        String r = d.reason().strip();
        if (r.length() > 1000) {
            throw new InvalidInputException("invalid-hold-decision", "reason", "reason has more than 1000 characters");
        }
        return r;
    }

    private void requirePermission(HoldKind kind) {
        if (security == null || matrix == null) {
            return; // no container (tests): the caller is trusted
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (security.isCallerInRole(r.name())) {
                roles.add(r);
            }
        }
        if (!matrix.allows(roles, kind.releaseModule(), kind.releaseAction())) {
            throw new PermissionDeniedException(kind.releaseModule() + ":" + kind.releaseAction());
        }
    }

    private SalesOrderView saved(SalesOrder o, Customer customer, CreditCheck check) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedByAnotherUser(o, null);
        }
        return view(o, customer, check);
    }

    SalesOrder find(long id) {
        SalesOrder o = em.find(SalesOrder.class, id);
        if (o == null) {
            throw new RecordNotFoundException("order-not-found", "No sales order with id " + id);
        }
        return o;
    }

    SalesOrder findByNumber(String number) {
        List<SalesOrder> found = em.createQuery("SELECT o FROM SalesOrder o WHERE o.number = :n", SalesOrder.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("order-not-found", "No sales order with number '" + number + "'");
        }
        return found.get(0);
    }

    /**
     * The order for a change: the version must be the one read; the order row is then locked and its version moved
     * at once (PESSIMISTIC_FORCE_INCREMENT), so a concurrent change of the same order waits and then fails with 409
     * instead of both going on.
     */
    private SalesOrder findForChange(long id, Long version) {
        if (version == null) {
            throw new InvalidInputException("invalid-version", "version", "version is required: send the version you read");
        }
        SalesOrder o = find(id);
        if (o.version() != version) {
            throw changedByAnotherUser(o, version);
        }
        try {
            em.lock(o, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (jakarta.persistence.PersistenceException e) { // optimistic (stale) or lock conflict
            throw changedByAnotherUser(o, version);
        }
        return o;
    }

    static ConflictException changedByAnotherUser(SalesOrder o, Long stale) {
        return new ConflictException(CHANGED_BY_ANOTHER_USER, "Sales order " + o.number() + " was changed by another "
                + "user after you opened it" + (stale == null ? "" : " (your version " + stale + ", current version "
                + o.version() + ")") + ". Your changes were not saved: reload the order and apply them again.");
    }

    private Map<Long, Product> products(List<SalesOrderLine> lines) {
        Map<Long, Product> products = new HashMap<>();
        if (!lines.isEmpty()) {
            em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids", Product.class)
                    .setParameter("ids", lines.stream().map(SalesOrderLine::productId).distinct().toList())
                    .getResultList().forEach(p -> products.put(p.id(), p));
        }
        return products;
    }

    SalesOrderView view(SalesOrder o, Customer customer, CreditCheck check) {
        Map<Long, Product> products = products(o.lines());
        List<SalesOrderLineView> lines = new ArrayList<>();
        Map<Long, Integer> lineNos = new HashMap<>();
        for (SalesOrderLine l : o.lines()) {
            Product p = products.get(l.productId());
            lineNos.put(l.id(), l.lineNo());
            lines.add(new SalesOrderLineView(l.id(), l.lineNo(), p.ndc11(), p.name(), l.quantity().amount(),
                    l.quantity().unit().name(), l.unitPrice(), l.priceSource(), l.discountPercent(), l.taxRatePercent(),
                    l.netAmount(), l.taxAmount(), l.netAmount().add(l.taxAmount()), l.status().name(),
                    l.stockQuantity().amount(), l.allocatedQuantity(), l.backorderedQuantity(), l.shippedQuantity(),
                    l.stockUnit().name()));
        }
        List<OrderHoldView> holds = new ArrayList<>();
        for (OrderHold h : o.holds()) {
            holds.add(new OrderHoldView(h.id(), h.lineId() == null ? null : lineNos.get(h.lineId()), h.kind().name(),
                    h.reason(), h.status().name(), h.raisedAt(), h.raisedBy(), h.decidedBy(), h.decidedAt(),
                    h.decisionReason(), h.kind().releaseModule() + ":" + h.kind().releaseAction()));
        }
        String quotation = o.sourceQuotationId() == null ? null : em.find(Quotation.class, o.sourceQuotationId()).number();
        String warehouse = o.warehouseId() == null ? null : em.find(Warehouse.class, o.warehouseId()).code();
        return new SalesOrderView(o.id(), o.number(), o.customerId(), customer.legalName(), o.status().name(),
                o.orderDate(), o.requestedDeliveryDate(), o.customerPoReference(), quotation, warehouse,
                fromAddress(o.billTo()), fromAddress(o.shipTo()), o.currency(), o.netTotal(), o.taxTotal(),
                o.grandTotal(), o.lineCount(), o.confirmedAt(), o.version(), lines, holds, check,
                o.deaOrderForm() == null ? null : o.deaOrderForm().type().name(),
                o.deaOrderForm() == null ? null : o.deaOrderForm().number());
    }
}
