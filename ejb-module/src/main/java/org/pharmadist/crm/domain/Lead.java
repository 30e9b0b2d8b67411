package org.pharmadist.crm.domain;

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
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A prospective customer not yet qualified: who, how to reach them, where the lead came from. Audited. */
@Entity
@Table(name = "crm_lead")
@Audited
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_lead_seq")
    @SequenceGenerator(name = "crm_lead_seq", sequenceName = "crm_lead_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", length = 20)
    private CustomerType type;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "source", length = 100)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LeadStatus status = LeadStatus.OPEN;

    @Column(name = "customer_id")
    private Long customerId;

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    protected Lead() {
    }

    public Lead(String companyName, CustomerType type, String contactName, String email, String phone, String source,
            Instant now) {
        this.companyName = companyName;
        this.type = type;
        this.contactName = contactName;
        this.email = email;
        this.phone = phone;
        this.source = source;
        this.createdAt = now;
    }

    /**
     * Records the conversion into {@code customerId}.
     *
     * @throws IllegalStateException when the lead is not OPEN
     */
    public void convertedInto(long customerId) {
        if (status != LeadStatus.OPEN) {
            throw new IllegalStateException("lead " + id + " is " + status + "; only an OPEN lead can be converted");
        }
        this.status = LeadStatus.CONVERTED;
        this.customerId = customerId;
    }

    public Long id() {
        return id;
    }

    public String companyName() {
        return companyName;
    }

    public CustomerType type() {
        return type;
    }

    public String contactName() {
        return contactName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String source() {
        return source;
    }

    public LeadStatus status() {
        return status;
    }

    public Long customerId() {
        return customerId;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
