package org.pharmadist.crm.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A trade customer (pharmacy, hospital, clinic, long-term care, distributor) with its commercial terms. Audited
 * (Envers) and guarded by optimistic locking ({@link #version()}).
 *
 * <p>Credit limit: company currency ({@code PharmaDistSettings#currency()}), scale {@value #MONEY_SCALE}. Payment
 * terms: days net from invoice date (NET30 = 30). Minimum remaining shelf life: days a lot must still have before
 * expiry when it is shipped to this customer (sales/inventory receive it as a parameter).
 */
@Entity
@Table(name = "crm_customer")
@Audited
public class Customer {

    /** Scale of money amounts. */
    public static final int MONEY_SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_customer_seq")
    @SequenceGenerator(name = "crm_customer_seq", sequenceName = "crm_customer_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType type;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "tax_id", nullable = false, length = 10)
    private String taxId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "bill_to_line1", length = 200)),
        @AttributeOverride(name = "line2", column = @Column(name = "bill_to_line2", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "bill_to_city", length = 100)),
        @AttributeOverride(name = "state", column = @Column(name = "bill_to_state", length = 2)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "bill_to_postal_code", length = 10))})
    private Address billTo;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "ship_to_line1", length = 200)),
        @AttributeOverride(name = "line2", column = @Column(name = "ship_to_line2", length = 200)),
        @AttributeOverride(name = "city", column = @Column(name = "ship_to_city", length = 100)),
        @AttributeOverride(name = "state", column = @Column(name = "ship_to_state", length = 2)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_to_postal_code", length = 10))})
    private Address shipTo;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = MONEY_SCALE)
    private BigDecimal creditLimit;

    @Column(name = "price_list", length = 60)
    private String priceList;

    @Column(name = "gpo_membership", length = 100)
    private String gpoMembership;

    @Column(name = "min_shelf_life_days", nullable = false)
    private int minShelfLifeDays;

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

    protected Customer() {
    }

    public Customer(CustomerType type, String legalName, String taxId, Instant now) {
        this.type = type;
        rename(legalName);
        this.taxId = taxId;
        this.createdAt = now;
        this.updatedAt = now;
        this.creditLimit = BigDecimal.ZERO.setScale(MONEY_SCALE);
        this.paymentTermsDays = 30;
    }

    private void rename(String name) {
        this.legalName = name;
        this.nameKey = CustomerNames.normalise(name);
    }

    /** Replaces the profile and commercial terms (values already validated by the service). */
    public void update(CustomerType type, String legalName, String taxId, Address billTo, Address shipTo,
            int paymentTermsDays, BigDecimal creditLimit, String priceList, String gpoMembership, int minShelfLifeDays,
            Instant now) {
        this.type = type;
        rename(legalName);
        this.taxId = taxId;
        this.billTo = billTo;
        this.shipTo = shipTo;
        this.paymentTermsDays = paymentTermsDays;
        this.creditLimit = creditLimit.setScale(MONEY_SCALE, java.math.RoundingMode.UNNECESSARY);
        this.priceList = priceList;
        this.gpoMembership = gpoMembership;
        this.minShelfLifeDays = minShelfLifeDays;
        this.updatedAt = now;
    }

    /** Marks a change to a part (contact, license) so the customer's version moves on. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public CustomerType type() {
        return type;
    }

    public String legalName() {
        return legalName;
    }

    /** Normalised name used for duplicate detection ({@link CustomerNames#normalise}). */
    public String nameKey() {
        return nameKey;
    }

    public String taxId() {
        return taxId;
    }

    public Address billTo() {
        return billTo;
    }

    public Address shipTo() {
        return shipTo;
    }

    public int paymentTermsDays() {
        return paymentTermsDays;
    }

    public BigDecimal creditLimit() {
        return creditLimit;
    }

    public String priceList() {
        return priceList;
    }

    public String gpoMembership() {
        return gpoMembership;
    }

    public int minShelfLifeDays() {
        return minShelfLifeDays;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
