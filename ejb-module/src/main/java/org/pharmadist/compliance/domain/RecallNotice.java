package org.pharmadist.compliance.domain;

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
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The recall notice sent to one customer (one per recall and customer), and the customer's response with the
 * quantity it returned. Audited (Envers).
 */
@Entity
@Table(name = "compliance_recall_notice")
@Audited
public class RecallNotice {

    /** Scale of returned quantities (as stock quantities). */
    public static final int QUANTITY_SCALE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_recall_notice_seq")
    @SequenceGenerator(name = "compliance_recall_notice_seq", sequenceName = "compliance_recall_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recall_id", nullable = false)
    private long recallId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 300)
    private String customerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NoticeStatus status;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    @Column(name = "notified_by", nullable = false, length = 100)
    private String notifiedBy;

    @Column(name = "response", length = 2000)
    private String response;

    @Column(name = "returned_quantity", precision = 19, scale = QUANTITY_SCALE)
    private BigDecimal returnedQuantity;

    @Column(name = "returned_unit", length = 3)
    private String returnedUnit;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    protected RecallNotice() {
        // JPA
    }

    public RecallNotice(long recallId, long customerId, String customerName, String user, Instant now) {
        this.recallId = recallId;
        this.customerId = customerId;
        this.customerName = Objects.requireNonNull(customerName, "customerName");
        this.status = NoticeStatus.SENT;
        this.notifiedBy = user;
        this.notifiedAt = now;
    }

    /**
     * Records the customer's response; a later response replaces it (the audit trail keeps the earlier one).
     *
     * @param returnedQuantity quantity the customer returned (0 when none), rounded HALF_UP to scale 3
     * @param unit             its unit, ASC X12 code ("EA", "BX")
     */
    public void respond(String text, BigDecimal returnedQuantity, String unit, String user, Instant now) {
        this.response = text;
        this.returnedQuantity = returnedQuantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.returnedUnit = unit;
        this.respondedBy = user;
        this.respondedAt = now;
        this.status = NoticeStatus.RESPONDED;
    }

    public Long id() { return id; }
    public long recallId() { return recallId; }
    public long customerId() { return customerId; }
    public String customerName() { return customerName; }
    public NoticeStatus status() { return status; }
    public Instant notifiedAt() { return notifiedAt; }
    public String notifiedBy() { return notifiedBy; }
    public String response() { return response; }
    public BigDecimal returnedQuantity() { return returnedQuantity; }
    public String returnedUnit() { return returnedUnit; }
    public Instant respondedAt() { return respondedAt; }
    public String respondedBy() { return respondedBy; }
    public long version() { return version; }
}
