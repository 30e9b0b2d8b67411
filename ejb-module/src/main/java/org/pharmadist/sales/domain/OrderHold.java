package org.pharmadist.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pharmadist.platform.errors.ConflictException;

/**
 * A hold on a {@link SalesOrder} (line id null) or on one of its lines: kind, reason, when and by whom (a user, the
 * credit check or a gate) it was raised, and the decision (released or rejected, by whom, when, why).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "sales_order_hold")
public class OrderHold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_hold_seq")
    @SequenceGenerator(name = "sales_order_hold_seq", sequenceName = "sales_order_hold_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @Column(name = "line_id")
    private Long lineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private HoldKind kind;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private HoldStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected OrderHold() {
    }

    OrderHold(SalesOrder order, Long lineId, HoldKind kind, String reason, String raisedBy, Instant now) {
        this.order = order;
        this.lineId = lineId;
        this.kind = kind;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.status = HoldStatus.OPEN;
        this.raisedAt = now;
        this.raisedBy = raisedBy;
    }

    void decide(HoldStatus decision, String by, String why, Instant now) {
        if (status != HoldStatus.OPEN) {
            throw new ConflictException("hold-already-decided", "Hold " + id + " (" + kind + ") was already " + status
                    + " by " + decidedBy + " at " + decidedAt + ".");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = why;
    }

    public boolean isOpen() {
        return status == HoldStatus.OPEN;
    }

    public Long id() { return id; }
    public Long lineId() { return lineId; }
    public HoldKind kind() { return kind; }
    public String reason() { return reason; }
    public HoldStatus status() { return status; }
    public Instant raisedAt() { return raisedAt; }
    public String raisedBy() { return raisedBy; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
}
