package org.pharmadist.catalog.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.Product;
import org.pharmadist.catalog.domain.ProductCatalogChanged;
import org.pharmadist.catalog.domain.ProductStatus;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.catalog.domain.StorageCondition;
import org.pharmadist.catalog.domain.UnitOfMeasure;
import org.pharmadist.platform.errors.ConflictException;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Product maintenance by users: the stock-keeping fields of a product (therapeutic category, storage condition,
 * shelf life, serialisation, quality release, status, units of measure), and products entered by hand for NDCs
 * the reference data does not have. Every save is audited (Envers) and fires {@link ProductCatalogChanged}.
 *
 * <p>Optimistic locking: a change carries the {@link ProductDetail#version() version} the user started from. When
 * the product has moved on since, the change is refused with {@link ConflictException} type
 * {@value #CHANGED_BY_ANOTHER_USER} naming who changed it and when (from the audit trail); nothing is overwritten.
 * A concurrent save that slips between the check and the commit is caught by the {@code @Version} column and
 * refused the same way.
 *
 * <p>Validation reports every wrong field at once ({@link InvalidInputException} type {@value #INVALID_PRODUCT},
 * field names as in {@link ProductChange} / {@link NewProduct}, e.g. {@code shelfLifeDays},
 * {@code units[1].stockUnitsPerUnit}, {@code purchaseUnit}).
 */
@Stateless
public class ProductMaintenanceService {

    /** Problem type of a stale version. */
    public static final String CHANGED_BY_ANOTHER_USER = "changed-by-another-user";
    /** Problem type of invalid maintainable fields. */
    public static final String INVALID_PRODUCT = "invalid-product";
    /** Longest therapeutic category accepted. */
    public static final int THERAPEUTIC_CATEGORY_MAX = 200;
    /** Longest product name or labeler accepted (the column size). */
    public static final int NAME_MAX = 1000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "pharmadist")
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Resource
    EJBContext context;

    /**
     * Replaces the maintainable fields of a product (permission catalog:edit).
     *
     * @param identifier NDC (10-digit hyphenated or 11-digit) or GTIN-14
     * @param change     all maintainable fields and the version the user started from
     * @return the product as saved, with its new version
     * @throws InvalidInputException   "invalid-product" naming each wrong field (version missing included);
     *                                 "invalid-product-identifier" for a malformed NDC/GTIN
     * @throws RecordNotFoundException "product-not-found"
     * @throws ConflictException       "changed-by-another-user" when the product's version is not {@code change.version()}
     */
    @RequiresPermission(module = "catalog", action = "edit")
    public ProductDetail update(String identifier, ProductChange change) {
        Product product = ProductLookup.find(em, identifier);
        Map<String, String> errors = new LinkedHashMap<>();
        if (change == null || change.version() == null) {
            errors.put("version", "version is required: send the version you read (GET answers it, and its ETag)");
        }
        Validated v = validate(change, product.stockUnit(), errors);
        reject(errors);
        if (change.version() != product.version()) {
            throw changedByAnotherUser(product, change.version());
        }
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        apply(product, v, now);
        product.recordMaintenance(caller(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedByAnotherUser(product, change.version());
        }
        events.fire(new ProductCatalogChanged(0, 1, now));
        return ProductDetail.of(product);
    }

    /**
     * Creates a product by hand for an NDC that is not in the catalog (permission catalog:create). Its source is
     * {@value Product#MANUAL_SOURCE}; a later reference import that brings the same NDC fills the reference fields
     * and keeps the maintained ones.
     *
     * @return the new product (version 0)
     * @throws InvalidInputException "invalid-product" naming each wrong field
     * @throws ConflictException     "product-exists" when a product has this NDC already
     */
    @RequiresPermission(module = "catalog", action = "create")
    public ProductDetail create(NewProduct request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request == null) {
            reject(Map.of("ndc", "ndc is required"));
        }
        Ndc ndc = null;
        if (request.ndc() == null || request.ndc().isBlank()) {
            errors.put("ndc", "ndc is required: a 10-digit hyphenated NDC (e.g. 0338-0424-18) or an 11-digit NDC");
        } else {
            try {
                ndc = Ndc.parse(request.ndc().strip());
            } catch (InvalidNdcException e) {
                errors.put("ndc", e.getMessage());
            }
        }
        if (request.name() == null || request.name().isBlank()) {
            errors.put("name", "name is required");
        } else if (request.name().strip().length() > NAME_MAX) {
            errors.put("name", "name is longer than " + NAME_MAX + " characters");
        }
        if (request.labeler() != null && request.labeler().strip().length() > NAME_MAX) {
            errors.put("labeler", "labeler is longer than " + NAME_MAX + " characters");
        }
        MarketingCategory category = parseEnum(MarketingCategory.class, request.marketingCategory(), "marketingCategory",
                "RX or OTC", errors);
        ProductChange stockKeeping = request.stockKeeping() == null
                ? new ProductChange(0L, null, StorageCondition.ROOM_TEMPERATURE.name(), null, false, false,
                        ProductStatus.ACTIVE.name(), UnitOfMeasure.EA.name(), UnitOfMeasure.EA.name(), List.of())
                : request.stockKeeping();
        Validated v = validate(stockKeeping, UnitOfMeasure.EA, errors);
        reject(errors);
        if (!em.createQuery("SELECT p.id FROM Product p WHERE p.ndc11 = :ndc11", Long.class)
                .setParameter("ndc11", ndc.ndc11()).getResultList().isEmpty()) {
            throw new ConflictException("product-exists", "A product with NDC " + ndc.ndc11()
                    + " exists already; change it instead (PUT /api/v1/products/" + ndc.ndc11() + ")");
        }
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        Product product = Product.createManually(ndc, request.name(), category, request.labeler(), now);
        apply(product, v, now);
        product.recordMaintenance(caller(), now);
        em.persist(product);
        em.flush();
        events.fire(new ProductCatalogChanged(1, 0, now));
        return ProductDetail.of(product);
    }

    /** Values checked and parsed. */
    record Validated(String therapeuticCategory, StorageCondition storage, Integer shelfLifeDays,
            boolean serialised, boolean qualityRelease, ProductStatus status, UnitOfMeasure purchaseUnit,
            UnitOfMeasure salesUnit, Map<UnitOfMeasure, BigDecimal> units) { }

    static void apply(Product product, Validated v, Instant now) {
        product.setTherapeuticCategory(v.therapeuticCategory());
        product.setStockKeeping(v.storage(), v.shelfLifeDays(), v.serialised(), v.qualityRelease());
        product.setStatus(v.status());
        product.maintainUnits(v.units(), v.purchaseUnit(), v.salesUnit());
        product.touch(now);
    }

    /**
     * Checks every maintainable field, collecting one message per wrong field into {@code errors}.
     *
     * @return the parsed values (meaningful only when {@code errors} stayed empty)
     */
    static Validated validate(ProductChange c, UnitOfMeasure stockUnit, Map<String, String> errors) {
        if (c == null) {
            errors.putIfAbsent("storageCondition", "storageCondition is required");
            return null;
        }
        String category = c.therapeuticCategory() == null || c.therapeuticCategory().isBlank() ? null
                : c.therapeuticCategory().strip();
        if (category != null && category.length() > THERAPEUTIC_CATEGORY_MAX) {
            errors.put("therapeuticCategory", "therapeutic category is longer than " + THERAPEUTIC_CATEGORY_MAX
                    + " characters");
        }
        StorageCondition storage = parseEnum(StorageCondition.class, c.storageCondition(), "storageCondition",
                "ROOM_TEMPERATURE, REFRIGERATED (2-8 C) or FROZEN (-25 to -10 C)", errors);
        if (c.shelfLifeDays() != null && c.shelfLifeDays() <= 0) {
            errors.put("shelfLifeDays", "shelf life must be a positive number of days (or empty when unknown)");
        }
        if (c.serialised() == null) {
            errors.put("serialised", "serialised is required (true or false)");
        }
        if (c.qualityReleaseRequired() == null) {
            errors.put("qualityReleaseRequired", "qualityReleaseRequired is required (true or false)");
        }
        ProductStatus status = parseEnum(ProductStatus.class, c.status(), "status", "ACTIVE or DISCONTINUED", errors);
        Map<UnitOfMeasure, BigDecimal> units = new LinkedHashMap<>();
        List<UnitConversion> listed = c.units() == null ? List.of() : c.units();
        for (int i = 0; i < listed.size(); i++) {
            UnitConversion u = listed.get(i);
            String field = "units[" + i + "]";
            if (u == null) {
                errors.put(field, "a unit conversion needs unit and stockUnitsPerUnit");
                continue;
            }
            UnitOfMeasure unit = parseUnit(u.unit(), field + ".unit", errors);
            if (unit != null && unit == stockUnit) {
                errors.put(field + ".unit", unit + " is the stock unit; its size is always 1 " + stockUnit);
                unit = null;
            } else if (unit != null && units.containsKey(unit)) {
                errors.put(field + ".unit", unit + " is listed twice");
                unit = null;
            }
            BigDecimal factor = u.stockUnitsPerUnit();
            if (factor == null || factor.signum() <= 0) {
                errors.put(field + ".stockUnitsPerUnit", "the size of a unit in " + stockUnit
                        + " must be greater than zero");
            } else if (factor.stripTrailingZeros().scale() > Quantity.SCALE) {
                errors.put(field + ".stockUnitsPerUnit", "the size of a unit in " + stockUnit + " has at most "
                        + Quantity.SCALE + " decimals");
            } else if (unit != null) {
                units.put(unit, factor);
            }
        }
        UnitOfMeasure purchase = parseUnit(c.purchaseUnit(), "purchaseUnit", errors);
        UnitOfMeasure sales = parseUnit(c.salesUnit(), "salesUnit", errors);
        if (purchase != null && purchase != stockUnit && !units.containsKey(purchase)) {
            errors.putIfAbsent("purchaseUnit", "purchase unit " + purchase + " needs a conversion to " + stockUnit
                    + " (add it to the units)");
        }
        if (sales != null && sales != stockUnit && !units.containsKey(sales)) {
            errors.putIfAbsent("salesUnit", "sales unit " + sales + " needs a conversion to " + stockUnit
                    + " (add it to the units)");
        }
        return new Validated(category, storage, c.shelfLifeDays(), Boolean.TRUE.equals(c.serialised()),
                Boolean.TRUE.equals(c.qualityReleaseRequired()), status, purchase, sales, units);
    }

    private static UnitOfMeasure parseUnit(String code, String field, Map<String, String> errors) {
        if (code == null || code.isBlank()) {
            errors.put(field, field + " is required: one of EA, BX, CA, BO, PK, CT, VI, TU, KT, ML, GM");
            return null;
        }
        try {
            return UnitOfMeasure.parse(code);
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String accepted,
            Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, field + " is required: " + accepted);
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + text.strip() + "' is not accepted; use " + accepted);
            return null;
        }
    }

    private static void reject(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        String summary = errors.size() == 1 ? errors.values().iterator().next()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.keySet());
        throw new InvalidInputException(INVALID_PRODUCT, summary, errors);
    }

    /** The refusal of a stale version, naming the last change from the audit trail (product or its units). */
    private ConflictException changedByAnotherUser(Product product, long staleVersion) {
        String who;
        try {
            who = lastChange(product);
        } catch (RuntimeException e) {
            who = ""; // the transaction may be unusable after a lost race; the refusal matters, not the name
        }
        return new ConflictException(CHANGED_BY_ANOTHER_USER, "Product " + product.ndc11()
                + " was changed by another user" + who + " after you opened it (your version " + staleVersion
                + ", current version " + product.version() + "). Your changes were not saved: reload the product, "
                + "apply them again and save.");
    }

    private String lastChange(Product product) {
        String who = "";
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("SELECT r.changed_by, r.changed_at FROM audit_revision r "
                + "WHERE r.id = (SELECT max(x.rev) FROM (SELECT rev FROM product_aud WHERE id = ?1 "
                + "UNION ALL SELECT rev FROM product_unit_aud WHERE product_id = ?1) x)")
                .setParameter(1, product.id()).getResultList();
        if (!last.isEmpty()) {
            Object at = last.get(0)[1];
            Instant when = at instanceof Instant i ? i
                    : at instanceof java.time.OffsetDateTime o ? o.toInstant()
                    : at instanceof java.sql.Timestamp t ? t.toInstant() : null;
            who = " (" + last.get(0)[0] + (when == null ? "" : " at " + WHEN.format(when.truncatedTo(ChronoUnit.SECONDS)))
                    + ")";
        }
        return who;
    }

    private String caller() {
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
