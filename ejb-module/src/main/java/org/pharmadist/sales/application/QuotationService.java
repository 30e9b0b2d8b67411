package org.pharmadist.sales.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.BusinessException;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.PricedUnit;
import org.pharmadist.sales.domain.Quotation;
import org.pharmadist.sales.domain.QuotationEvent;
import org.pharmadist.sales.domain.QuotationLine;
import org.pharmadist.sales.domain.SalesRuleViolation;

/**
 * Quotations: create with lines, edit lines (DRAFT), send (re-prices and freezes), accept, reject; read one with
 * priced lines and expiry-aware availability. Every change is one transaction on the primary database, audited
 * (Envers), guarded by the quotation's version (409 "changed-by-another-user") and fires a {@link QuotationEvent}.
 * Amounts follow {@link LineAmounts}; prices follow {@link org.pharmadist.sales.domain.PricePrecedence}.
 */
@Stateless
public class QuotationService {

    /** Problem type of a stale version. */
    public static final String CHANGED_BY_ANOTHER_USER = "changed-by-another-user";
    /** Default validity of a new quotation, days. */
    public static final int DEFAULT_VALID_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(QuotationService.class.getName());

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    SalesCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Inject
    InventoryQueryService inventory;

    /** Compliance's license and DEA schedule gate (one implementation; a deployment without it fails to start). */
    @Inject
    SaleEligibility eligibility;

    @Resource
    EJBContext context;

    /**
     * Creates a DRAFT quotation with its lines priced (sales:quote), all or nothing.
     *
     * @throws InvalidInputException "invalid-quotation" naming customerId, validUntil, lines[i].quantity ...
     * @throws RecordNotFoundException "customer-not-found", "product-not-found"
     * @throws org.pharmadist.sales.domain.SalesRuleViolation 422 "no-price" naming the product
     */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView create(QuotationRequest request) {
        SalesInput in = new SalesInput();
        if (request == null || request.customerId() == null) {
            in.reject("customerId", "customerId is required");
        }
        LocalDate today = calendar.today();
        LocalDate validUntil = request == null || request.validUntil() == null || request.validUntil().isBlank()
                ? today.plusDays(DEFAULT_VALID_DAYS) : in.date(request.validUntil(), "validUntil");
        if (validUntil != null && validUntil.isBefore(today)) {
            in.reject("validUntil", "validUntil must be today (" + today + ") or later");
        }
        in.throwIfAny("invalid-quotation");
        Customer customer = SalesProducts.customer(em, request.customerId());
        Instant now = calendar.now();
        Quotation q = new Quotation(customer.id(), today, validUntil, settings.currency().getCurrencyCode(), caller(), now);
        List<QuotationLineRequest> lines = request.lines() == null ? List.of() : request.lines();
        List<Line> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            valid.add(line(in, lines.get(i), "lines[" + i + "]."));
        }
        in.throwIfAny("invalid-quotation");
        em.persist(q);
        q.numberFromId();
        PriceFinder prices = new PriceFinder(em);
        for (int i = 0; i < valid.size(); i++) {
            add(q, customer, valid.get(i), prices, today, "lines[" + i + "].", now);
        }
        em.flush();
        fire(QuotationEvent.Kind.QUOTATION_CREATED, q, now);
        return view(q, customer);
    }

    /** One quotation with lines and availability (sales:view); 404 "quotation-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public QuotationView get(long id) {
        Quotation q = find(id);
        return view(q, SalesProducts.customer(em, q.customerId()));
    }

    /** One quotation by number, e.g. "Q-0000051" (sales:view); 404 "quotation-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public QuotationView getByNumber(String number) {
        List<Quotation> found = em.createQuery("SELECT q FROM Quotation q WHERE q.number = :n", Quotation.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("quotation-not-found", "No quotation with number '" + number + "'");
        }
        return view(found.get(0), SalesProducts.customer(em, found.get(0).customerId()));
    }

    /**
     * Adds a priced line to a DRAFT (sales:quote).
     *
     * @param version the quotation version read
     * @throws ConflictException "changed-by-another-user", "quotation-not-draft"
     */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView addLine(long id, Long version, QuotationLineRequest request) {
        Quotation q = findForChange(id, version);
        SalesInput in = new SalesInput();
        Line l = line(in, request, "");
        in.throwIfAny("invalid-quotation-line");
        Customer customer = SalesProducts.customer(em, q.customerId());
        Instant now = calendar.now();
        add(q, customer, l, new PriceFinder(em), calendar.today(), "", now);
        return saved(q, customer, now);
    }

    /** Changes a line of a DRAFT: quantity, unit, discount, tax rate; re-priced (sales:quote). Errors as addLine. */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView changeLine(long id, long lineId, Long version, QuotationLineRequest request) {
        Quotation q = findForChange(id, version);
        QuotationLine existing = q.lines().stream().filter(x -> x.id() == lineId).findFirst().orElseThrow(
                () -> new RecordNotFoundException("quotation-line-not-found", "Quotation " + q.number() + " has no line " + lineId));
        SalesInput in = new SalesInput();
        Product product = em.find(Product.class, existing.productId());
        QuotationLineRequest r = request == null ? new QuotationLineRequest(null, null, null, null, null) : request;
        Quantity quantity = in.quantity(r.quantity(), r.unit(), product.salesUnit(), "");
        BigDecimal disc = in.optionalDecimal(r.discountPercent(), "discountPercent", BigDecimal.ZERO, LineAmounts.hundred(), 4, BigDecimal.ZERO);
        BigDecimal tax = in.optionalDecimal(r.taxRatePercent(), "taxRatePercent", BigDecimal.ZERO, LineAmounts.hundred(), 4, BigDecimal.ZERO);
        in.throwIfAny("invalid-quotation-line");
        Customer customer = SalesProducts.customer(em, q.customerId());
        PricedUnit price = new PriceFinder(em).price(customer, product, quantity, calendar.today(), "unit");
        Instant now = calendar.now();
        q.changeLine(lineId, quantity, price, disc, tax, now);
        return saved(q, customer, now);
    }

    /** Removes a line of a DRAFT (sales:quote). */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView removeLine(long id, long lineId, Long version) {
        Quotation q = findForChange(id, version);
        Instant now = calendar.now();
        q.removeLine(lineId, now);
        return saved(q, SalesProducts.customer(em, q.customerId()), now);
    }

    /** Changes the valid-until date of a DRAFT (sales:quote); 400 naming validUntil when before today. */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView changeValidUntil(long id, Long version, String validUntil) {
        Quotation q = findForChange(id, version);
        SalesInput in = new SalesInput();
        LocalDate d = in.date(validUntil, "validUntil");
        if (d != null && d.isBefore(calendar.today())) {
            in.reject("validUntil", "validUntil must be today (" + calendar.today() + ") or later");
        }
        in.throwIfAny("invalid-quotation");
        Instant now = calendar.now();
        q.changeValidUntil(d, now);
        return saved(q, SalesProducts.customer(em, q.customerId()), now);
    }

    /**
     * Sends a DRAFT (sales:quote): every line is priced again with today's prices, then the prices are frozen.
     *
     * @throws ConflictException "invalid-status-transition", "changed-by-another-user"
     * @throws org.pharmadist.sales.domain.SalesRuleViolation "quotation-empty", "quotation-expired", "no-price"
     */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView send(long id, Long version) {
        Quotation q = findForChange(id, version);
        Customer customer = SalesProducts.customer(em, q.customerId());
        PriceFinder prices = new PriceFinder(em);
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        for (QuotationLine line : q.lines()) {
            requireEligible(customer, em.find(Product.class, line.productId()), today, "lines[" + (line.lineNo() - 1) + "].ndc");
        }
        q.send(line -> prices.price(customer, em.find(Product.class, line.productId()), line.quantity(), today,
                "lines[" + (line.lineNo() - 1) + "].unit"), now, calendar.zone());
        QuotationView v = saved(q, customer, now, QuotationEvent.Kind.QUOTATION_SENT);
        return v;
    }

    /** Accepts a SENT quotation still valid (sales:quote); 409 wrong status, 422 "quotation-expired". */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView accept(long id, Long version) {
        Quotation q = findForChange(id, version);
        Instant now = calendar.now();
        q.accept(now, calendar.zone());
        return saved(q, SalesProducts.customer(em, q.customerId()), now, QuotationEvent.Kind.QUOTATION_ACCEPTED);
    }

    /** Records the rejection of a SENT quotation (sales:quote); 409 wrong status. */
    @RequiresPermission(module = "sales", action = "quote")
    public QuotationView reject(long id, Long version) {
        Quotation q = findForChange(id, version);
        Instant now = calendar.now();
        q.reject(now);
        return saved(q, SalesProducts.customer(em, q.customerId()), now, QuotationEvent.Kind.QUOTATION_REJECTED);
    }

    /** Marks SENT quotations past their valid-until day EXPIRED; housekeeping (the rules never wait for it). */
    public int expireOverdue() {
        Instant now = calendar.now();
        int n = 0;
        for (Quotation q : em.createQuery("SELECT q FROM Quotation q WHERE q.status = org.pharmadist.sales.domain"
                + ".QuotationStatus.SENT AND q.validUntil < :today", Quotation.class)
                .setParameter("today", calendar.today()).getResultList()) {
            if (q.expireIfOverdue(now, calendar.zone())) {
                fire(QuotationEvent.Kind.QUOTATION_EXPIRED, q, now);
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ helpers

    /** A validated line request. */
    record Line(Product product, String ndcText, Quantity quantity, String unitText, BigDecimal discount, BigDecimal tax) { }

    private Line line(SalesInput in, QuotationLineRequest request, String prefix) {
        QuotationLineRequest r = request == null ? new QuotationLineRequest(null, null, null, null, null) : request;
        Product product = null;
        try {
            product = SalesProducts.find(em, r.ndc(), prefix + "ndc");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(in::reject);
        } // product-not-found (404) propagates: the request names a product that does not exist
        Quantity quantity = in.quantity(r.quantity(), r.unit(), product == null ? null : product.salesUnit(), prefix);
        BigDecimal disc = in.optionalDecimal(r.discountPercent(), prefix + "discountPercent", BigDecimal.ZERO,
                LineAmounts.hundred(), 4, BigDecimal.ZERO);
        BigDecimal tax = in.optionalDecimal(r.taxRatePercent(), prefix + "taxRatePercent", BigDecimal.ZERO,
                LineAmounts.hundred(), 4, BigDecimal.ZERO);
        return new Line(product, r.ndc(), quantity, r.unit(), disc, tax);
    }

    private void add(Quotation q, Customer customer, Line l, PriceFinder prices, LocalDate today, String prefix, Instant now) {
        requireEligible(customer, l.product(), today, prefix + "ndc");
        PricedUnit price = prices.price(customer, l.product(), l.quantity(), today, prefix + "unit");
        q.addLine(l.product().id(), l.quantity(), price, l.discount(), l.tax(), now);
    }

    /**
     * Asks {@link SaleEligibility} (compliance's license and DEA schedule gate) whether the product may be
     * sold to the customer today; the first refusal becomes a 422 whose type is the refusal's code.
     */
    private void requireEligible(Customer customer, Product product, LocalDate day, String field) {
        eligibility.refusal(customer.id(), product.id(), null, day).ifPresent(r -> {
            throw new SalesRuleViolation(r.code(), field, r.message() + " (" + r.rule() + ")");
        });
    }

    private QuotationView saved(Quotation q, Customer customer, Instant now) {
        return saved(q, customer, now, QuotationEvent.Kind.QUOTATION_CHANGED);
    }

    private QuotationView saved(Quotation q, Customer customer, Instant now, QuotationEvent.Kind kind) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedByAnotherUser(q, null);
        }
        fire(kind, q, now);
        return view(q, customer);
    }

    private void fire(QuotationEvent.Kind kind, Quotation q, Instant now) {
        events.fire(new QuotationEvent(kind, q.id(), q.number(), q.customerId(), now));
    }

    Quotation find(long id) {
        Quotation q = em.find(Quotation.class, id);
        if (q == null) {
            throw new RecordNotFoundException("quotation-not-found", "No quotation with id " + id);
        }
        return q;
    }

    private Quotation findForChange(long id, Long version) {
        if (version == null) {
            throw new InvalidInputException("invalid-version", "version", "version is required: send the version you read");
        }
        Quotation q = find(id);
        if (q.version() != version) {
            throw changedByAnotherUser(q, version);
        }
        return q;
    }

    private static ConflictException changedByAnotherUser(Quotation q, Long stale) {
        return new ConflictException(CHANGED_BY_ANOTHER_USER, "Quotation " + q.number() + " was changed by another user "
                + "after you opened it" + (stale == null ? "" : " (your version " + stale + ", current version " + q.version() + ")")
                + ". Your changes were not saved: reload the quotation and apply them again.");
    }

    QuotationView view(Quotation q, Customer customer) {
        List<QuotationLine> lines = q.lines();
        Map<Long, Product> products = new HashMap<>();
        if (!lines.isEmpty()) {
            // units fetched with the products: one query, not one more per product (toStockUnits reads them)
            em.createQuery("SELECT p FROM Product p LEFT JOIN FETCH p.units WHERE p.id IN :ids", Product.class)
                    .setParameter("ids", lines.stream().map(QuotationLine::productId).distinct().toList())
                    .getResultList().forEach(p -> products.put(p.id(), p));
        }
        int minDays = customer.minShelfLifeDays();
        Map<Long, BigDecimal> atp = availability(products.values(), minDays);
        List<QuotationLineView> out = new ArrayList<>();
        for (QuotationLine l : lines) {
            Product p = products.get(l.productId());
            BigDecimal inStock = p.toStockUnits(l.quantity()).amount();
            BigDecimal available = atp.get(p.id());
            out.add(new QuotationLineView(l.id(), l.lineNo(), p.ndc11(), p.gtin14(), p.name(), l.quantity().amount(),
                    l.quantity().unit().name(), l.unitPrice(), l.priceSource(), l.discountPercent(), l.taxRatePercent(),
                    l.netAmount(), l.taxAmount(), l.netAmount().add(l.taxAmount()), inStock, p.stockUnit().name(),
                    available, minDays, available == null ? null : available.compareTo(inStock) >= 0));
        }
        return new QuotationView(q.id(), q.number(), q.customerId(), customer.legalName(), q.status().name(), q.quotedOn(),
                q.validUntil(), q.isValidAt(calendar.now(), calendar.zone()), q.currency(), q.netTotal(), q.taxTotal(),
                q.grandTotal(), q.lineCount(), q.sentAt(), q.decidedAt(), q.version(), out);
    }

    /** ATP per product for the customer's shelf-life need (read source, one query); empty when inventory cannot answer. */
    private Map<Long, BigDecimal> availability(java.util.Collection<Product> products, int minShelfLifeDays) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (inventory == null || products.isEmpty()) {
            return out;
        }
        try {
            inventory.availableToPromise(products.stream().map(Product::id).toList(), minShelfLifeDays)
                    .forEach((id, atp) -> out.put(id, atp.setScale(Quantity.SCALE, RoundingMode.HALF_UP)));
        } catch (BusinessException e) {
            LOG.log(Level.FINE, "no availability for the quotation's products", e);
        }
        return out;
    }

    String caller() {
        try {
            Principal p = context == null ? null : context.getCallerPrincipal();
            String name = p == null ? null : p.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)
                    || "UNAUTHENTICATED".equals(name) ? "system" : name;
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
