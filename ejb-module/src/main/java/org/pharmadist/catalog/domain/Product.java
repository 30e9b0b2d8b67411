package org.pharmadist.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A saleable package identified by its NDC (one row per package NDC, as distributors stock and
 * price it). Changes are audited (Envers) and guarded by optimistic locking ({@link #version()}).
 *
 * <p>Unit prices keep 5 decimals (NADAC publishes per-unit prices to 5 places); document amounts
 * are rounded to 2 elsewhere.
 */
@Entity
@Table(name = "product")
@Audited
public class Product {

    /** Scale of unit prices and costs. */
    public static final int UNIT_PRICE_SCALE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ndc11", nullable = false, unique = true, length = 11, columnDefinition = "bpchar(11)")
    private String ndc11;

    @Column(name = "ndc10", length = 12)
    private String ndc10;

    @Column(name = "ndc_format", length = 5)
    private String ndcFormat;

    @Column(name = "gtin14", length = 14, columnDefinition = "bpchar(14)")
    private String gtin14;

    @Column(name = "name", nullable = false, length = 1000)
    private String name;

    @Column(name = "generic_name", length = 1000)
    private String genericName;

    @Column(name = "strength", length = 1000)
    private String strength;

    @Column(name = "dosage_form", length = 1000)
    private String dosageForm;

    @Column(name = "route", length = 1000)
    private String route;

    @Column(name = "labeler", length = 1000)
    private String labeler;

    @Column(name = "package_description", length = 1000)
    private String packageDescription;

    @Enumerated(EnumType.STRING)
    @Column(name = "marketing_category", nullable = false, length = 3)
    private MarketingCategory marketingCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "dea_schedule", length = 4)
    private DeaSchedule deaSchedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "dea_schedule_source", length = 30)
    private DeaScheduleSource deaScheduleSource;

    @Column(name = "therapeutic_category", length = 1000)
    private String therapeuticCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_unit", length = 2)
    private PricingUnit pricingUnit;

    @Column(name = "nadac_unit_price", precision = 19, scale = UNIT_PRICE_SCALE)
    private BigDecimal nadacUnitPrice;

    @Column(name = "nadac_as_of")
    private LocalDate nadacAsOf;

    @Column(name = "source", nullable = false, length = 60)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "storage_condition", nullable = false, length = 20)
    private StorageCondition storageCondition = StorageCondition.ROOM_TEMPERATURE;

    @Column(name = "shelf_life_days")
    private Integer shelfLifeDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProductStatus status = ProductStatus.ACTIVE;

    @Column(name = "serialised", nullable = false)
    private boolean serialised;

    @Column(name = "quality_release_required", nullable = false)
    private boolean qualityReleaseRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "stock_unit", nullable = false, length = 3)
    private UnitOfMeasure stockUnit = UnitOfMeasure.EA;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchase_unit", nullable = false, length = 3)
    private UnitOfMeasure purchaseUnit = UnitOfMeasure.EA;

    @Enumerated(EnumType.STRING)
    @Column(name = "sales_unit", nullable = false, length = 3)
    private UnitOfMeasure salesUnit = UnitOfMeasure.EA;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("unit")
    private List<ProductUnit> units = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @NotAudited
    private Instant updatedAt;

    @Column(name = "maintained_by", length = 100)
    @NotAudited
    private String maintainedBy;

    @Column(name = "maintained_at")
    @NotAudited
    private Instant maintainedAt;

    protected Product() {
        // JPA
    }

    /** A new product from a reference-data record (FDA/CMS import). */
    public static Product fromReference(ProductRecord record, Instant now) {
        Product p = new Product();
        p.ndc11 = record.ndc().ndc11();
        p.createdAt = now;
        p.updatedAt = now;
        p.applyReference(record, now);
        return p;
    }

    /** Source text of products created by a user for an NDC the reference data does not have. */
    public static final String MANUAL_SOURCE = "manual";

    /**
     * A new product entered by a user for an NDC that is not (yet) in the reference data; its source is
     * {@value #MANUAL_SOURCE}. GTIN and 10-digit form are derived when the NDC was given in a 10-digit form.
     *
     * @throws NullPointerException     when ndc, name or marketingCategory is null
     * @throws IllegalArgumentException when name is blank
     */
    public static Product createManually(Ndc ndc, String name, MarketingCategory marketingCategory, String labeler,
            Instant now) {
        Objects.requireNonNull(ndc, "ndc");
        Objects.requireNonNull(marketingCategory, "marketingCategory");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
        Product p = new Product();
        p.ndc11 = ndc.ndc11();
        p.ndc10 = ndc.ndc10Segmented().orElse(null);
        p.ndcFormat = ndc.format().orElse(null);
        p.gtin14 = ndc.gtin().map(Gtin::value).orElse(null);
        p.name = name.strip();
        p.labeler = labeler == null || labeler.isBlank() ? null : labeler.strip();
        p.marketingCategory = marketingCategory;
        p.source = MANUAL_SOURCE;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /**
     * Takes the values of a reference-data record for the same NDC. Only reference fields change; the
     * maintainable fields (storage condition, shelf life, status, serialisation, quality release, units) are
     * never touched, and the therapeutic category follows the reference data only while the product has not
     * been {@linkplain #isMaintained() maintained}.
     *
     * @return true when any value changed (then {@code updatedAt} is set to {@code now})
     */
    public boolean applyReference(ProductRecord r, Instant now) {
        if (!r.ndc().ndc11().equals(ndc11)) {
            throw new IllegalArgumentException("record for NDC " + r.ndc().ndc11() + " applied to product " + ndc11);
        }
        // A 10-digit form once known is kept: an 11-digit-only source cannot tell which form is right.
        String newNdc10 = r.ndc().ndc10Segmented().orElse(ndc10);
        String newFormat = r.ndc().format().orElse(ndcFormat);
        String newGtin = r.ndc().gtin().map(Gtin::value).orElse(gtin14);
        BigDecimal price = r.nadacUnitPrice() == null ? null : r.nadacUnitPrice().setScale(UNIT_PRICE_SCALE, RoundingMode.HALF_UP);
        String newTherapeuticCategory = isMaintained() ? therapeuticCategory : r.therapeuticCategory();
        boolean changed = !Objects.equals(ndc10, newNdc10) || !Objects.equals(ndcFormat, newFormat)
                || !Objects.equals(gtin14, newGtin) || !Objects.equals(name, r.name())
                || !Objects.equals(genericName, r.genericName()) || !Objects.equals(strength, r.strength())
                || !Objects.equals(dosageForm, r.dosageForm()) || !Objects.equals(route, r.route())
                || !Objects.equals(labeler, r.labeler()) || !Objects.equals(packageDescription, r.packageDescription())
                || marketingCategory != r.marketingCategory() || deaSchedule != r.deaSchedule()
                || deaScheduleSource != r.deaScheduleSource()
                || !Objects.equals(therapeuticCategory, newTherapeuticCategory) || pricingUnit != r.pricingUnit()
                || (nadacUnitPrice == null ? price != null : price == null || nadacUnitPrice.compareTo(price) != 0)
                || !Objects.equals(nadacAsOf, r.nadacAsOf()) || !Objects.equals(source, r.source());
        if (!changed) {
            return false;
        }
        ndc10 = newNdc10;
        ndcFormat = newFormat;
        gtin14 = newGtin;
        name = r.name();
        genericName = r.genericName();
        strength = r.strength();
        dosageForm = r.dosageForm();
        route = r.route();
        labeler = r.labeler();
        packageDescription = r.packageDescription();
        marketingCategory = r.marketingCategory();
        deaSchedule = r.deaSchedule();
        deaScheduleSource = r.deaScheduleSource();
        therapeuticCategory = newTherapeuticCategory;
        pricingUnit = r.pricingUnit();
        nadacUnitPrice = price;
        nadacAsOf = r.nadacAsOf();
        source = r.source();
        updatedAt = now;
        return true;
    }

    /** True for products under a DEA schedule (21 CFR 1308), which need a DEA registration to sell. */
    public boolean isControlledSubstance() {
        return deaSchedule != null;
    }

    /**
     * How many stock units one {@code unit} holds: 1 for the stock unit, the product's factor for any other.
     *
     * @return factor, scale 3
     * @throws UnitNotDefinedException when the product has no conversion for {@code unit}
     */
    public BigDecimal stockUnitsPer(UnitOfMeasure unit) {
        if (unit == stockUnit) {
            return BigDecimal.ONE.setScale(Quantity.SCALE);
        }
        for (ProductUnit u : units) {
            if (u.unit() == unit) {
                return u.stockUnitsPerUnit();
            }
        }
        throw new UnitNotDefinedException(ndc11, unit, stockUnit);
    }

    /**
     * The quantity in the stock unit (exact, scale 3), e.g. 2 BX to 60 EA.
     *
     * @throws UnitNotDefinedException when the product has no conversion for the quantity's unit
     */
    public Quantity toStockUnits(Quantity quantity) {
        return new Quantity(quantity.amount().multiply(stockUnitsPer(quantity.unit())), stockUnit);
    }

    /**
     * The quantity in whole {@code target} units, rounded up when it is not a whole number of them
     * (see {@link WholeUnitConversion}): 60 EA on BX = 30 EA gives 2 BX; 45 EA gives 2 BX with a warning.
     *
     * @throws UnitNotDefinedException when either unit has no conversion on this product
     */
    public WholeUnitConversion toWholeUnits(Quantity quantity, UnitOfMeasure target) {
        BigDecimal stock = toStockUnits(quantity).amount();
        BigDecimal perTarget = stockUnitsPer(target);
        BigDecimal exact = stock.divide(perTarget, 12, RoundingMode.HALF_UP);
        BigDecimal whole = exact.setScale(0, RoundingMode.CEILING);
        Quantity converted = new Quantity(whole, target);
        return new WholeUnitConversion(quantity, converted, new Quantity(whole.multiply(perTarget), stockUnit),
                whole.compareTo(exact) != 0);
    }

    /**
     * Defines (or changes) the size of {@code unit} in stock units. The stock unit itself cannot be given a factor.
     *
     * @throws IllegalArgumentException when {@code unit} is the stock unit or the factor is not positive
     */
    public void defineUnit(UnitOfMeasure unit, BigDecimal stockUnitsPerUnit) {
        if (unit == stockUnit) {
            throw new IllegalArgumentException(unit + " is the stock unit of " + ndc11 + "; its factor is always 1");
        }
        for (ProductUnit u : units) {
            if (u.unit() == unit) {
                u.setStockUnitsPerUnit(stockUnitsPerUnit);
                return;
            }
        }
        units.add(new ProductUnit(this, unit, stockUnitsPerUnit));
    }

    /**
     * Removes the conversion of {@code unit}.
     *
     * @throws IllegalArgumentException when the unit is still the purchase or sales unit
     */
    public void removeUnit(UnitOfMeasure unit) {
        if (unit == purchaseUnit || unit == salesUnit) {
            throw new IllegalArgumentException(unit + " is still the purchase or sales unit of " + ndc11);
        }
        units.removeIf(u -> u.unit() == unit);
    }

    /**
     * Sets the units used on purchase orders and sales documents; each must be the stock unit or have a conversion.
     *
     * @throws UnitNotDefinedException when a unit has no conversion
     */
    public void useUnits(UnitOfMeasure purchase, UnitOfMeasure sales) {
        stockUnitsPer(purchase);
        stockUnitsPer(sales);
        this.purchaseUnit = purchase;
        this.salesUnit = sales;
    }

    /**
     * Sets the stock-keeping attributes.
     *
     * @param shelfLifeDays shelf life from manufacture in days, null when unknown; must be positive
     * @throws IllegalArgumentException for a shelf life of zero or less
     */
    public void setStockKeeping(StorageCondition storageCondition, Integer shelfLifeDays, boolean serialised,
            boolean qualityReleaseRequired) {
        if (shelfLifeDays != null && shelfLifeDays <= 0) {
            throw new IllegalArgumentException("shelf life must be a positive number of days");
        }
        this.storageCondition = Objects.requireNonNull(storageCondition, "storageCondition");
        this.shelfLifeDays = shelfLifeDays;
        this.serialised = serialised;
        this.qualityReleaseRequired = qualityReleaseRequired;
    }

    /** Marks the product active or discontinued. */
    public void setStatus(ProductStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Sets the therapeutic category (free text, e.g. "Analgesics, opioid"); null clears it. */
    public void setTherapeuticCategory(String therapeuticCategory) {
        this.therapeuticCategory = therapeuticCategory;
    }

    /** Stamps the time of a maintenance change. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /**
     * Sets the units of measure in one step: the conversions of every unit other than the stock unit (units
     * not listed are removed), then the purchase and sales units, which must be the stock unit or listed.
     *
     * @param stockUnitsPerUnit size in stock units of each unit other than the stock unit, each &gt; 0
     * @throws IllegalArgumentException when the stock unit is listed or a factor is not positive
     * @throws UnitNotDefinedException  when the purchase or sales unit is neither the stock unit nor listed
     */
    public void maintainUnits(java.util.Map<UnitOfMeasure, BigDecimal> stockUnitsPerUnit, UnitOfMeasure purchase,
            UnitOfMeasure sales) {
        for (UnitOfMeasure used : new UnitOfMeasure[] {purchase, sales}) {
            if (used != stockUnit && !stockUnitsPerUnit.containsKey(used)) {
                throw new UnitNotDefinedException(ndc11, used, stockUnit); // checked first: nothing half-changed
            }
        }
        stockUnitsPerUnit.forEach(this::defineUnit);
        useUnits(purchase, sales);
        units.removeIf(u -> !stockUnitsPerUnit.containsKey(u.unit()));
    }

    /**
     * Records that a user (or the demo data, as {@code "demo-data"}) saved the maintainable fields: from now
     * on the reference import keeps the therapeutic category, and demo data is not applied again.
     */
    public void recordMaintenance(String by, Instant now) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("maintenance needs the name of who made it");
        }
        this.maintainedBy = by;
        this.maintainedAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** True once a user (or the demo data) saved the maintainable fields. */
    public boolean isMaintained() {
        return maintainedAt != null;
    }

    /** True for prescription (Rx) products: lot and expiry are mandatory at receipt (DSCSA, 21 U.S.C. 360eee). */
    public boolean isPrescription() {
        return marketingCategory == MarketingCategory.RX;
    }

    public Long id() { return id; }
    public String ndc11() { return ndc11; }
    public String ndc10() { return ndc10; }
    public String ndcFormat() { return ndcFormat; }
    public String gtin14() { return gtin14; }
    public String name() { return name; }
    public String genericName() { return genericName; }
    public String strength() { return strength; }
    public String dosageForm() { return dosageForm; }
    public String route() { return route; }
    public String labeler() { return labeler; }
    public String packageDescription() { return packageDescription; }
    public MarketingCategory marketingCategory() { return marketingCategory; }
    public DeaSchedule deaSchedule() { return deaSchedule; }
    public DeaScheduleSource deaScheduleSource() { return deaScheduleSource; }
    public String therapeuticCategory() { return therapeuticCategory; }
    public PricingUnit pricingUnit() { return pricingUnit; }
    /** NADAC price per pricing unit in USD, scale 5; null when CMS publishes none for this NDC. */
    public BigDecimal nadacUnitPrice() { return nadacUnitPrice; }
    public LocalDate nadacAsOf() { return nadacAsOf; }
    public String source() { return source; }
    public StorageCondition storageCondition() { return storageCondition; }
    /** Shelf life in days from manufacture; null when unknown. */
    public Integer shelfLifeDays() { return shelfLifeDays; }
    public ProductStatus status() { return status; }
    /** True when each package carries a serial number (DSCSA product identifier, 21 U.S.C. 360eee(14)). */
    public boolean serialised() { return serialised; }
    /** True when received lots go to quarantine until a quality release. */
    public boolean qualityReleaseRequired() { return qualityReleaseRequired; }
    public UnitOfMeasure stockUnit() { return stockUnit; }
    public UnitOfMeasure purchaseUnit() { return purchaseUnit; }
    public UnitOfMeasure salesUnit() { return salesUnit; }
    /** Conversions of the units other than the stock unit, ordered by unit code; read-only. */
    public List<ProductUnit> units() { return Collections.unmodifiableList(units); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** Who last saved the maintainable fields (user name, or "demo-data"); null when never maintained. */
    public String maintainedBy() { return maintainedBy; }
    /** When the maintainable fields were last saved; null when never maintained. */
    public Instant maintainedAt() { return maintainedAt; }
}
