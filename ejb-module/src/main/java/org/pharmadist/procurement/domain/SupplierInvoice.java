package org.pharmadist.procurement.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A supplier's invoice for goods of one purchase order, three-way matched on entry ({@link ThreeWayMatch}):
 * MATCHED, or MISMATCH with the list of differences until someone holding procurement:invoice APPROVES it with a
 * reason. Audited, optimistic locking.
 */
@Entity
@Table(name = "supplier_invoice")
@Audited
public class SupplierInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_invoice_seq")
    @SequenceGenerator(name = "supplier_invoice_seq", sequenceName = "supplier_invoice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "invoice_number", nullable = false, length = 40)
    private String invoiceNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_order_id", nullable = false)
    private PurchaseOrder purchaseOrder;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "bpchar(3)")
    private String currency;

    @Column(name = "total_amount", nullable = false, precision = 19, scale = PurchaseOrderLine.AMOUNT_SCALE)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SupplierInvoiceStatus status;

    @Column(name = "mismatches", columnDefinition = "text")
    private String mismatches;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approval_reason", length = 500)
    private String approvalReason;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<SupplierInvoiceLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    @NotAudited
    private long version;

    @Column(name = "created_at", nullable = false)
    @NotAudited
    private Instant createdAt;

    protected SupplierInvoice() {
        // JPA
    }

    /** A new invoice; due date = invoice date + the supplier's payment terms. Lines via {@link #addLine}. */
    public SupplierInvoice(PurchaseOrder order, String invoiceNumber, LocalDate invoiceDate, Instant now) {
        this.supplier = order.supplier();
        this.purchaseOrder = order;
        this.invoiceNumber = invoiceNumber;
        this.invoiceDate = invoiceDate;
        this.dueDate = invoiceDate.plusDays(order.supplier().paymentTermsDays());
        this.currency = order.currency();
        this.totalAmount = BigDecimal.ZERO.setScale(PurchaseOrderLine.AMOUNT_SCALE);
        this.createdAt = now;
    }

    /** Adds a line billing {@code quantity} (in the order line's unit) at {@code unitPrice} (scale 5). */
    public SupplierInvoiceLine addLine(PurchaseOrderLine orderLine, BigDecimal quantity, BigDecimal unitPrice) {
        SupplierInvoiceLine line = new SupplierInvoiceLine(this, lines.size() + 1, orderLine, quantity, unitPrice);
        lines.add(line);
        totalAmount = totalAmount.add(line.lineAmount());
        return line;
    }

    /** Records the match result: MATCHED when {@code found} is empty, else MISMATCH with the list. */
    public void matched(List<String> found) {
        this.status = found.isEmpty() ? SupplierInvoiceStatus.MATCHED : SupplierInvoiceStatus.MISMATCH;
        this.mismatches = found.isEmpty() ? null : String.join("\n", found);
    }

    /**
     * Approves a mismatched invoice for payment.
     *
     * @throws ProcurementRuleViolation "invoice-not-mismatched" unless MISMATCH; "approval-reason-required" for a
     *         blank reason
     */
    public void approve(String user, String reason, Instant now) {
        if (status != SupplierInvoiceStatus.MISMATCH) {
            throw new ProcurementRuleViolation("invoice-not-mismatched", "invoice " + invoiceNumber + " is " + status
                    + "; only a MISMATCH invoice needs approval");
        }
        if (reason == null || reason.isBlank()) {
            throw new ProcurementRuleViolation("approval-reason-required", "reason",
                    "give the reason for approving invoice " + invoiceNumber + " despite its mismatches");
        }
        this.status = SupplierInvoiceStatus.APPROVED;
        this.approvedBy = user;
        this.approvedAt = now;
        this.approvalReason = reason.strip();
    }

    public Long id() { return id; }
    public Supplier supplier() { return supplier; }
    /** The supplier's own invoice number (unique per supplier). */
    public String invoiceNumber() { return invoiceNumber; }
    public PurchaseOrder purchaseOrder() { return purchaseOrder; }
    public LocalDate invoiceDate() { return invoiceDate; }
    /** Invoice date + the supplier's payment terms. */
    public LocalDate dueDate() { return dueDate; }
    public String currency() { return currency; }
    /** Sum of line amounts, scale 2. */
    public BigDecimal totalAmount() { return totalAmount; }
    public SupplierInvoiceStatus status() { return status; }
    /** The mismatch list of the three-way match, empty when matched. */
    public List<String> mismatches() {
        return mismatches == null ? List.of() : List.of(mismatches.split("\n"));
    }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String approvalReason() { return approvalReason; }
    public List<SupplierInvoiceLine> lines() { return Collections.unmodifiableList(lines); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
}
