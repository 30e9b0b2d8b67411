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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A possible sale to a customer or a lead: estimated amount (company currency, scale 2), stage, win probability
 * (stage default unless overridden) and expected close date. Expected value = amount x probability, scale 2
 * HALF_UP ({@link OpportunityStage#expectedValue}). Audited, optimistic locking.
 */
@Entity
@Table(name = "crm_opportunity")
@Audited
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_opportunity_seq")
    @SequenceGenerator(name = "crm_opportunity_seq", sequenceName = "crm_opportunity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "lead_id")
    private Long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private OpportunityStage stage;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "probability", nullable = false)
    private int probability;

    @Column(name = "probability_overridden", nullable = false)
    private boolean probabilityOverridden;

    @Column(name = "expected_close_on")
    private LocalDate expectedCloseOn;

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    protected Opportunity() {
    }

    public Opportunity(String title, Long customerId, Long leadId, Instant now) {
        this.title = title;
        this.customerId = customerId;
        this.leadId = leadId;
        this.createdAt = now;
        this.stage = OpportunityStage.PROSPECTING;
        this.amount = BigDecimal.ZERO.setScale(2);
        this.probability = OpportunityStage.PROSPECTING.defaultProbability();
    }

    /**
     * Moves to {@code stage} with {@code amount}; the probability is {@code probabilityOverride} or, when null, the
     * stage default (WON 100, LOST 0 always).
     *
     * @throws IllegalArgumentException for an override outside 0..100
     */
    public void update(String title, OpportunityStage stage, BigDecimal amount, Integer probabilityOverride,
            LocalDate expectedCloseOn) {
        this.title = title;
        this.stage = stage;
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.probability = stage.probability(probabilityOverride);
        this.probabilityOverridden = probabilityOverride != null && !stage.closed();
        this.expectedCloseOn = expectedCloseOn;
    }

    /** The opportunity now belongs to the customer a lead was converted into. */
    public void assignToCustomer(long customerId) {
        this.customerId = customerId;
    }

    /** amount x probability, scale 2 HALF_UP. */
    public BigDecimal expectedValue() {
        return OpportunityStage.expectedValue(amount, probability);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Long customerId() {
        return customerId;
    }

    public Long leadId() {
        return leadId;
    }

    public OpportunityStage stage() {
        return stage;
    }

    public BigDecimal amount() {
        return amount;
    }

    public int probability() {
        return probability;
    }

    public boolean probabilityOverridden() {
        return probabilityOverridden;
    }

    public LocalDate expectedCloseOn() {
        return expectedCloseOn;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
