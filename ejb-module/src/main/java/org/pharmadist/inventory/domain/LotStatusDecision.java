package org.pharmadist.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision on a lot's status (quarantine, quality release, damage, recall, expiry) with who took it, when and why;
 * the quality-release record 21 CFR 211.22 and 211.142 ask for. Never changed once written.
 */
@Entity
@Table(name = "lot_status_decision")
public class LotStatusDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_status_decision_seq")
    @SequenceGenerator(name = "lot_status_decision_seq", sequenceName = "lot_status_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private LotStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private LotStatus toStatus;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected LotStatusDecision() {
        // JPA
    }

    public LotStatusDecision(long lotId, LotStatus fromStatus, LotStatus toStatus, String reason, String decidedBy,
            Instant decidedAt) {
        this.lotId = lotId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() { return id; }
    public long lotId() { return lotId; }
    public LotStatus fromStatus() { return fromStatus; }
    public LotStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
