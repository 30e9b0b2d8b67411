package org.pharmadist.compliance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An FDA drug recall as we handle it: the enforcement report (FDA fields, NDCs, the lots read from code_info) and
 * our workflow OPEN -> IN_PROGRESS -> CLOSED (with a summary). Audited (Envers): who changed what and when; the NDC
 * and lot lists are derived from the audited code_info and product description, so they are not audited themselves.
 */
@Entity
@Table(name = "compliance_recall")
@Audited
public class Recall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_recall_seq")
    @SequenceGenerator(name = "compliance_recall_seq", sequenceName = "compliance_recall_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recall_number", nullable = false, unique = true, length = 30)
    private String recallNumber;

    @Column(name = "event_id", length = 30)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification", nullable = false, length = 20)
    private RecallClassification classification;

    @Column(name = "fda_status", length = 40)
    private String fdaStatus;

    @Column(name = "recalling_firm", nullable = false, length = 500)
    private String recallingFirm;

    @Column(name = "reason", nullable = false, columnDefinition = "text")
    private String reason;

    @Column(name = "product_description", nullable = false, columnDefinition = "text")
    private String productDescription;

    @Column(name = "product_quantity", length = 1000)
    private String productQuantity;

    @Column(name = "distribution_pattern", columnDefinition = "text")
    private String distributionPattern;

    @Column(name = "voluntary_mandated", length = 200)
    private String voluntaryMandated;

    @Column(name = "code_info", columnDefinition = "text")
    private String codeInfo;

    @Column(name = "recall_initiation_date")
    private LocalDate recallInitiationDate;

    @Column(name = "center_classification_date")
    private LocalDate centerClassificationDate;

    @Column(name = "report_date")
    private LocalDate reportDate;

    @Column(name = "termination_date")
    private LocalDate terminationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "lot_coverage", nullable = false, length = 20)
    private LotCoverage lotCoverage;

    @Column(name = "all_lots_qualifier", length = 300)
    private String allLotsQualifier;

    @Column(name = "unread_fragments", length = 2000)
    private String unreadFragments;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RecallStatus status;

    @Column(name = "closing_summary", length = 4000)
    private String closingSummary;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @NotAudited
    @Column(name = "source_record", nullable = false, columnDefinition = "text")
    private String sourceRecord;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @NotAudited
    @Column(name = "version", nullable = false)
    private long version;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "compliance_recall_ndc", joinColumns = @JoinColumn(name = "recall_id"))
    private List<RecallNdc> ndcs = new ArrayList<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "compliance_recall_lot", joinColumns = @JoinColumn(name = "recall_id"))
    @OrderColumn(name = "position")
    private List<RecallLotEntry> lots = new ArrayList<>();

    protected Recall() {
        // JPA
    }

    /** A newly imported recall (status OPEN), its code_info read by {@code parser}. */
    public Recall(RecallReport report, CodeInfoParser parser, Instant now) {
        this.status = RecallStatus.OPEN;
        this.importedAt = now;
        apply(report, parser, now);
    }

    /**
     * Takes the FDA fields of a (re-)imported report; our workflow (status, summary, notices) is kept.
     *
     * @return true when anything changed (the source record differs)
     */
    public boolean update(RecallReport report, CodeInfoParser parser, Instant now) {
        if (report.sourceRecord().equals(sourceRecord)) {
            return false;
        }
        apply(report, parser, now);
        return true;
    }

    private void apply(RecallReport r, CodeInfoParser parser, Instant now) {
        this.recallNumber = Objects.requireNonNull(r.recallNumber(), "recallNumber");
        this.eventId = r.eventId();
        this.classification = r.classification();
        this.fdaStatus = r.fdaStatus();
        this.recallingFirm = r.recallingFirm() == null ? "" : truncate(r.recallingFirm(), 500);
        this.reason = r.reason() == null ? "" : r.reason();
        this.productDescription = r.productDescription() == null ? "" : r.productDescription();
        this.productQuantity = truncate(r.productQuantity(), 1000);
        this.distributionPattern = r.distributionPattern();
        this.voluntaryMandated = truncate(r.voluntaryMandated(), 200);
        this.codeInfo = r.codeInfo();
        this.recallInitiationDate = r.recallInitiationDate();
        this.centerClassificationDate = r.centerClassificationDate();
        this.reportDate = r.reportDate();
        this.terminationDate = r.terminationDate();
        this.sourceRecord = r.sourceRecord();
        CodeInfo info = parser.parse(r.codeInfo());
        this.lotCoverage = info.coverage();
        this.allLotsQualifier = truncate(info.allLotsQualifier(), 300);
        this.unreadFragments = info.unreadFragments().isEmpty() ? null : truncate(String.join("; ", info.unreadFragments()), 2000);
        this.ndcs.clear();
        this.ndcs.addAll(r.ndcs());
        this.lots.clear();
        info.lots().forEach(l -> this.lots.add(new RecallLotEntry(l)));
        this.updatedAt = now;
    }

    /**
     * Marks the recall as being worked on (lots quarantined, customers notified); OPEN becomes IN_PROGRESS, IN_PROGRESS
     * stays.
     *
     * @throws ComplianceRuleViolation "recall-closed" when closed
     */
    public void startWork(Instant now) {
        requireNotClosed();
        if (status == RecallStatus.OPEN) {
            status = RecallStatus.IN_PROGRESS;
            updatedAt = now;
        }
    }

    /**
     * Closes the recall with a summary (what was quarantined, notified, returned).
     *
     * @throws ComplianceRuleViolation "recall-closed" when already closed, "invalid-status-transition" when still OPEN
     *         (nothing was done yet: quarantine or notify first)
     */
    public void close(String summary, String user, Instant now) {
        requireNotClosed();
        if (status == RecallStatus.OPEN) {
            throw new ComplianceRuleViolation("invalid-status-transition", "status", "recall " + recallNumber
                    + " is OPEN: quarantine its lots or notify customers before closing it");
        }
        this.status = RecallStatus.CLOSED;
        this.closingSummary = summary;
        this.closedBy = user;
        this.closedAt = now;
        this.updatedAt = now;
    }

    /** @throws ComplianceRuleViolation "recall-closed" when closed */
    public void requireNotClosed() {
        if (status == RecallStatus.CLOSED) {
            throw new ComplianceRuleViolation("recall-closed", null, "recall " + recallNumber + " is closed");
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    /** The lots read from code_info, in the order of the text. */
    public List<RecalledLot> recalledLots() {
        return lots.stream().map(RecallLotEntry::toLot).toList();
    }

    public List<RecallNdc> ndcs() { return List.copyOf(ndcs); }
    public Long id() { return id; }
    public String recallNumber() { return recallNumber; }
    public String eventId() { return eventId; }
    public RecallClassification classification() { return classification; }
    public String fdaStatus() { return fdaStatus; }
    public String recallingFirm() { return recallingFirm; }
    public String reason() { return reason; }
    public String productDescription() { return productDescription; }
    public String productQuantity() { return productQuantity; }
    public String distributionPattern() { return distributionPattern; }
    public String voluntaryMandated() { return voluntaryMandated; }
    public String codeInfo() { return codeInfo; }
    public LocalDate recallInitiationDate() { return recallInitiationDate; }
    public LocalDate centerClassificationDate() { return centerClassificationDate; }
    public LocalDate reportDate() { return reportDate; }
    public LocalDate terminationDate() { return terminationDate; }
    public LotCoverage lotCoverage() { return lotCoverage; }
    public String allLotsQualifier() { return allLotsQualifier; }
    public String unreadFragments() { return unreadFragments; }
    public RecallStatus status() { return status; }
    public String closingSummary() { return closingSummary; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public Instant importedAt() { return importedAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public String sourceRecord() { return sourceRecord; }
}
