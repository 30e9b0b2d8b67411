package org.pharmadist.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A company the distributor buys from (a manufacturer/labeler or another wholesaler). Audited (Envers), guarded
 * by optimistic locking. State license and DEA registration are kept as data; checking them is compliance's job.
 */
@Entity
@Table(name = "supplier")
@Audited
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address_line", length = 200)
    private String addressLine;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "state", length = 2)
    private String state;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "country", nullable = false, length = 2, columnDefinition = "bpchar(2)")
    private String country;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
    private String currency;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "state_license_number", length = 40)
    private String stateLicenseNumber;

    @Column(name = "dea_registration_number", length = 9)
    private String deaRegistrationNumber;

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

    protected Supplier() {
        // JPA
    }

    /** A new active supplier with the given code (upper case, checked by the service). */
    public Supplier(String code, SupplierData data, Instant now) {
        this.code = Objects.requireNonNull(code, "code");
        this.createdAt = now;
        apply(data, now);
    }

    /** Takes the maintainable values (everything but the code). */
    public void apply(SupplierData d, Instant now) {
        this.name = d.name();
        this.addressLine = d.addressLine();
        this.city = d.city();
        this.state = d.state();
        this.postalCode = d.postalCode();
        this.country = d.country();
        this.contactName = d.contactName();
        this.contactEmail = d.contactEmail();
        this.contactPhone = d.contactPhone();
        this.paymentTermsDays = d.paymentTermsDays();
        this.leadTimeDays = d.leadTimeDays();
        this.currency = d.currency();
        this.active = d.active();
        this.stateLicenseNumber = d.stateLicenseNumber();
        this.deaRegistrationNumber = d.deaRegistrationNumber();
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String addressLine() { return addressLine; }
    public String city() { return city; }
    public String state() { return state; }
    public String postalCode() { return postalCode; }
    /** ISO 3166-1 alpha-2 country code. */
    public String country() { return country; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    /** Days from invoice date to payment due date (e.g. 30 for "net 30"). */
    public int paymentTermsDays() { return paymentTermsDays; }
    /** Usual days from order to delivery; the default expected date of a new order. */
    public int leadTimeDays() { return leadTimeDays; }
    /** ISO 4217 currency of its prices and invoices. */
    public String currency() { return currency; }
    public boolean active() { return active; }
    public String stateLicenseNumber() { return stateLicenseNumber; }
    public String deaRegistrationNumber() { return deaRegistrationNumber; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
