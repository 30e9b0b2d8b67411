package org.pharmadist.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * Takes the values of a reference-data record for the same NDC.
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
        boolean changed = !Objects.equals(ndc10, newNdc10) || !Objects.equals(ndcFormat, newFormat)
                || !Objects.equals(gtin14, newGtin) || !Objects.equals(name, r.name())
                || !Objects.equals(genericName, r.genericName()) || !Objects.equals(strength, r.strength())
                || !Objects.equals(dosageForm, r.dosageForm()) || !Objects.equals(route, r.route())
                || !Objects.equals(labeler, r.labeler()) || !Objects.equals(packageDescription, r.packageDescription())
                || marketingCategory != r.marketingCategory() || deaSchedule != r.deaSchedule()
                || deaScheduleSource != r.deaScheduleSource()
                || !Objects.equals(therapeuticCategory, r.therapeuticCategory()) || pricingUnit != r.pricingUnit()
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
        therapeuticCategory = r.therapeuticCategory();
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
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
