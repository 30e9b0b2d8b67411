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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A call, visit, note or task about exactly one customer, lead or opportunity. Audited.
 */
@Entity
@Table(name = "crm_activity")
@Audited
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_activity_seq")
    @SequenceGenerator(name = "crm_activity_seq", sequenceName = "crm_activity_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ActivityKind kind;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "created_by", nullable = false, length = 100)
    @NotAudited
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    protected Activity() {
    }

    public Activity(ActivityKind kind, String subject, String notes, LocalDate dueOn, Long customerId, Long leadId,
            Long opportunityId, String createdBy, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.notes = notes;
        this.dueOn = dueOn;
        this.customerId = customerId;
        this.leadId = leadId;
        this.opportunityId = opportunityId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Marks the activity done (or open again). */
    public void markDone(boolean done) {
        this.done = done;
    }

    /** Moves a lead's activity to the customer it was converted into. */
    public void assignToCustomer(long customerId) {
        this.customerId = customerId;
    }

    public Long id() {
        return id;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String notes() {
        return notes;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean done() {
        return done;
    }

    public Long customerId() {
        return customerId;
    }

    public Long leadId() {
        return leadId;
    }

    public Long opportunityId() {
        return opportunityId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
