package org.pharmadist.sales.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.crm.domain.Customer;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;
import org.pharmadist.sales.domain.ContractPrice;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.PriceContract;
import org.pharmadist.sales.domain.PriceList;
import org.pharmadist.sales.domain.PriceListItem;
import org.pharmadist.sales.domain.PriceRecordChanged;
import org.pharmadist.sales.domain.PricedUnit;

/**
 * Price lists (with quantity breaks), customer and GPO contracts, and the price lookup with its source (precedence in
 * {@link org.pharmadist.sales.domain.PricePrecedence}). Maintaining prices needs sales:price, reading sales:view. Every
 * change is audited (Envers) and fires {@link PriceRecordChanged}. Reads here use the primary database so a price
 * maintainer sees the change at once.
 */
@Stateless
public class PricingService {

    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99999");

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    SalesCalendar calendar;

    /** Every price list without items, by code (sales:view). */
    @RequiresPermission(module = "sales", action = "view")
    public List<PriceListView> priceLists() {
        return em.createQuery("SELECT l FROM PriceList l ORDER BY l.code", PriceList.class).getResultList().stream()
                .map(l -> new PriceListView(l.id(), l.code(), l.name(), l.basis(), l.version(), List.of())).toList();
    }

    /** One price list with its prices (sales:view); 404 "price-list-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public PriceListView priceList(String code) {
        PriceList l = findList(code);
        return new PriceListView(l.id(), l.code(), l.name(), l.basis(), l.version(), items(
                "SELECT i.id, p.ndc11, p.name, p.sales_unit, i.min_quantity, i.unit_price FROM sales_price_list_item i "
                        + "JOIN product p ON p.id = i.product_id WHERE i.price_list_id = ?1 ORDER BY p.name, p.id, i.min_quantity",
                l.id()));
    }

    /**
     * Creates a price list (sales:price).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-price-list" naming code or name
     * @throws ConflictException "price-list-exists" when the code is taken
     */
    @RequiresPermission(module = "sales", action = "price")
    public PriceListView createPriceList(PriceListRequest request) {
        SalesInput in = new SalesInput();
        String code = in.text(request == null ? null : request.code(), "code", 60);
        String name = in.text(request == null ? null : request.name(), "name", 200);
        String basis = request == null ? null : in.optionalText(request.basis(), "basis", 400);
        in.throwIfAny("invalid-price-list");
        code = code.toUpperCase(Locale.ROOT);
        if (!em.createQuery("SELECT l.id FROM PriceList l WHERE l.code = :c").setParameter("c", code).getResultList().isEmpty()) {
            throw new ConflictException("price-list-exists", "A price list with code " + code + " exists already");
        }
        Instant now = calendar.now();
        PriceList l = new PriceList(code, name, basis, now);
        em.persist(l);
        em.flush();
        events.fire(new PriceRecordChanged("price-list", code, null, now));
        return priceList(code);
    }

    /**
     * Sets a product's price on a price list from a minimum quantity on (sales:price): creates the item, or replaces
     * the price of the same product and minimum quantity.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-price" naming ndc, minQuantity, unitPrice
     * @throws RecordNotFoundException "price-list-not-found", "product-not-found"
     */
    @RequiresPermission(module = "sales", action = "price")
    public PriceItemView setPriceListItem(String listCode, PriceItemRequest request) {
        PriceList list = findList(listCode);
        SalesInput in = new SalesInput();
        BigDecimal min = in.optionalDecimal(request == null ? null : request.minQuantity(), "minQuantity", BigDecimal.ONE,
                null, Quantity.SCALE, BigDecimal.ONE);
        BigDecimal price = in.decimal(request == null ? null : request.unitPrice(), "unitPrice", BigDecimal.ZERO, MAX_PRICE,
                LineAmounts.UNIT_PRICE_SCALE, "12.50");
        in.throwIfAny("invalid-price");
        Product product = SalesProducts.find(em, request.ndc(), "ndc");
        BigDecimal minScaled = min.setScale(Quantity.SCALE, LineAmounts.ROUNDING);
        List<PriceListItem> existing = em.createQuery("SELECT i FROM PriceListItem i WHERE i.priceListId = :l "
                + "AND i.productId = :p AND i.minQuantity = :m", PriceListItem.class).setParameter("l", list.id())
                .setParameter("p", product.id()).setParameter("m", minScaled).getResultList();
        PriceListItem item;
        if (existing.isEmpty()) {
            item = new PriceListItem(list.id(), product.id(), minScaled, price);
            em.persist(item);
        } else {
            item = existing.get(0);
            item.reprice(price);
        }
        Instant now = calendar.now();
        list.touch(now);
        em.flush();
        events.fire(new PriceRecordChanged("price-list-item", list.code(), product.id(), now));
        return new PriceItemView(item.id(), product.ndc11(), product.name(), product.salesUnit().name(), item.minQuantity(),
                item.unitPrice());
    }

    /** Every contract without prices, by code (sales:view). */
    @RequiresPermission(module = "sales", action = "view")
    public List<ContractView> contracts() {
        return em.createQuery("SELECT c FROM PriceContract c ORDER BY c.code", PriceContract.class).getResultList().stream()
                .map(c -> view(c, List.of())).toList();
    }

    /** One contract with its prices (sales:view); 404 "contract-not-found". */
    @RequiresPermission(module = "sales", action = "view")
    public ContractView contract(String code) {
        PriceContract c = findContract(code);
        return view(c, items("SELECT cp.id, p.ndc11, p.name, p.sales_unit, 1, cp.unit_price FROM sales_contract_price cp "
                + "JOIN product p ON p.id = cp.product_id WHERE cp.contract_id = ?1 ORDER BY p.name, p.id", c.id()));
    }

    /**
     * Creates a contract with a customer or a GPO (sales:price).
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-contract" naming code, name, gpo,
     *         validFrom, validTo (to before from)
     * @throws RecordNotFoundException "customer-not-found"
     * @throws ConflictException "contract-exists"
     */
    @RequiresPermission(module = "sales", action = "price")
    public ContractView createContract(ContractRequest request) {
        SalesInput in = new SalesInput();
        ContractRequest r = request == null ? new ContractRequest(null, null, null, null, null, null) : request;
        String code = in.text(r.code(), "code", 60);
        String name = in.text(r.name(), "name", 200);
        String gpo = in.optionalText(r.gpo(), "gpo", 100);
        if ((gpo == null) == (r.customerId() == null)) {
            in.reject("gpo", "give either gpo (a GPO name) or customerId, not both and not neither");
        }
        LocalDate from = in.date(r.validFrom(), "validFrom");
        LocalDate to = in.date(r.validTo(), "validTo");
        if (from != null && to != null && to.isBefore(from)) {
            in.reject("validTo", "validTo must be on or after validFrom");
        }
        in.throwIfAny("invalid-contract");
        if (r.customerId() != null) {
            SalesProducts.customer(em, r.customerId());
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!em.createQuery("SELECT c.id FROM PriceContract c WHERE c.code = :c").setParameter("c", code).getResultList().isEmpty()) {
            throw new ConflictException("contract-exists", "A contract with code " + code + " exists already");
        }
        Instant now = calendar.now();
        PriceContract c = new PriceContract(code, name, gpo, r.customerId(), from, to, now);
        em.persist(c);
        em.flush();
        events.fire(new PriceRecordChanged("contract", code, null, now));
        return view(c, List.of());
    }

    /**
     * Sets a product's price on a contract (sales:price), replacing an earlier one.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-price" naming ndc or unitPrice
     * @throws RecordNotFoundException "contract-not-found", "product-not-found"
     */
    @RequiresPermission(module = "sales", action = "price")
    public PriceItemView setContractPrice(String contractCode, ContractPriceRequest request) {
        PriceContract c = findContract(contractCode);
        SalesInput in = new SalesInput();
        BigDecimal price = in.decimal(request == null ? null : request.unitPrice(), "unitPrice", BigDecimal.ZERO, MAX_PRICE,
                LineAmounts.UNIT_PRICE_SCALE, "12.50");
        in.throwIfAny("invalid-price");
        Product product = SalesProducts.find(em, request.ndc(), "ndc");
        List<ContractPrice> existing = em.createQuery("SELECT p FROM ContractPrice p WHERE p.contractId = :c AND p.productId = :p",
                ContractPrice.class).setParameter("c", c.id()).setParameter("p", product.id()).getResultList();
        ContractPrice cp;
        if (existing.isEmpty()) {
            cp = new ContractPrice(c.id(), product.id(), price);
            em.persist(cp);
        } else {
            cp = existing.get(0);
            cp.reprice(price);
        }
        Instant now = calendar.now();
        c.touch(now);
        em.flush();
        events.fire(new PriceRecordChanged("contract-price", c.code(), product.id(), now));
        return new PriceItemView(cp.id(), product.ndc11(), product.name(), product.salesUnit().name(),
                BigDecimal.ONE.setScale(Quantity.SCALE), cp.unitPrice());
    }

    /**
     * The price a customer pays today for a quantity of a product, with its source (sales:view).
     *
     * @param customerId customer id
     * @param ndc        NDC (any format) or GTIN-14
     * @param quantity   decimal text, default "1"
     * @param unit       X12 unit code, default the product's sales unit
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-price-query" naming quantity/unit;
     *         "invalid-product-identifier"; "unit-not-defined"
     * @throws RecordNotFoundException "customer-not-found", "product-not-found"
     * @throws org.pharmadist.sales.domain.SalesRuleViolation 422 "no-price" naming the product
     */
    @RequiresPermission(module = "sales", action = "view")
    public PriceAnswer price(long customerId, String ndc, String quantity, String unit) {
        Customer customer = SalesProducts.customer(em, customerId);
        Product product = SalesProducts.find(em, ndc, "ndc");
        SalesInput in = new SalesInput();
        Quantity q = in.quantity(quantity == null || quantity.isBlank() ? "1" : quantity, unit, product.salesUnit(), "");
        in.throwIfAny("invalid-price-query");
        LocalDate today = calendar.today();
        PricedUnit p = new PriceFinder(em).price(customer, product, q, today, "unit");
        return new PriceAnswer(customerId, product.ndc11(), product.name(), q.amount(), q.unit().name(),
                product.salesUnit().name(), p.unitPrice(), p.source(), p.kind(), p.reference(), today);
    }

    private List<PriceItemView> items(String sql, long ownerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, ownerId).getResultList();
        List<PriceItemView> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new PriceItemView(((Number) r[0]).longValue(), r[1].toString().trim(), (String) r[2], (String) r[3],
                    new BigDecimal(r[4].toString()).setScale(Quantity.SCALE), (BigDecimal) r[5]));
        }
        return out;
    }

    private static ContractView view(PriceContract c, List<PriceItemView> prices) {
        return new ContractView(c.id(), c.code(), c.name(), c.gpo(), c.customerId(), c.validFrom(), c.validTo(),
                c.version(), prices);
    }

    private PriceList findList(String code) {
        List<PriceList> found = em.createQuery("SELECT l FROM PriceList l WHERE l.code = :c", PriceList.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("price-list-not-found", "No price list with code '" + code + "'");
        }
        return found.get(0);
    }

    private PriceContract findContract(String code) {
        List<PriceContract> found = em.createQuery("SELECT c FROM PriceContract c WHERE c.code = :c", PriceContract.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("contract-not-found", "No contract with code '" + code + "'");
        }
        return found.get(0);
    }
}
