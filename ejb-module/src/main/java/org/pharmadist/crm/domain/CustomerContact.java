package org.pharmadist.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A person at a customer (buyer, pharmacist in charge, accounts payable). Audited. */
@Entity
@Table(name = "crm_contact")
@Audited
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_contact_seq")
    @SequenceGenerator(name = "crm_contact_seq", sequenceName = "crm_contact_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "job_title", length = 100)
    private String jobTitle;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    protected CustomerContact() {
    }

    public CustomerContact(long customerId, String name, String jobTitle, String email, String phone) {
        this.customerId = customerId;
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
