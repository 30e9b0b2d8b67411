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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A license of a customer, kept as data: a state pharmacy license (number, state, expiry) or a DEA registration
 * (number validated by {@link DeaNumber}, schedules, expiry). The expiry is a business date judged in the company
 * time zone. Audited.
 */
@Entity
@Table(name = "crm_license")
@Audited
public class CustomerLicense {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_license_seq")
    @SequenceGenerator(name = "crm_license_seq", sequenceName = "crm_license_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private LicenseKind kind;

    @Column(name = "license_number", nullable = false, length = 30)
    private String number;

    @Column(name = "state", length = 2)
    private String state;

    /** DEA schedules as {@link ControlledSubstanceSchedule#format} text; null for state licenses. */
    @Column(name = "schedules", length = 40)
    private String schedules;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected CustomerLicense() {
    }

    /** A state pharmacy license. */
    public static CustomerLicense statePharmacy(long customerId, String number, String state, LocalDate expiresOn) {
        CustomerLicense l = new CustomerLicense();
        l.customerId = customerId;
        l.kind = LicenseKind.STATE_PHARMACY;
        l.number = number;
        l.state = state;
        l.expiresOn = expiresOn;
        return l;
    }

    /** A DEA registration. */
    public static CustomerLicense dea(long customerId, DeaNumber number, Set<ControlledSubstanceSchedule> schedules,
            String state, LocalDate expiresOn) {
        CustomerLicense l = new CustomerLicense();
        l.customerId = customerId;
        l.kind = LicenseKind.DEA;
        l.number = number.value();
        l.schedules = ControlledSubstanceSchedule.format(schedules);
        l.state = state;
        l.expiresOn = expiresOn;
        return l;
    }

    /** Days from {@code today} (company time zone) to the expiry date; negative once expired, 0 on the last day. */
    public long daysToExpiry(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public LicenseKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public String state() {
        return state;
    }

    public Set<ControlledSubstanceSchedule> schedules() {
        return ControlledSubstanceSchedule.parseSet(schedules);
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
