package org.pharmadist.finance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pharmadist.sales.domain.LineAmounts;

/**
 * A credit note against one invoice: its lines mirror invoice lines (same product, lot, price, discount and tax
 * rate) for the credited quantity, with NEGATIVE amounts rounded symmetrically (the absolute amount is rounded
 * HALF_UP by {@link LineAmounts}, then negated); totals are sums of the rounded lines. Crediting everything that is
 * left of an invoice gives exactly minus what is left of its total ({@link InvoiceLine#credit}).
 */
@Entity
@Table(name = "finance_credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_credit_note_seq")
    @SequenceGenerator(name = "finance_credit_note_seq", sequenceName = "finance_credit_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private CreditNoteKind kind;

    @Column(name = "return_id", unique = true)
    private Long returnId;

    @Column(name = "return_number", length = 30)
    private String returnNumber;

    @Column(name = "credit_date", nullable = false)
    private LocalDate creditDate;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grandTotal;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<CreditNoteLine> lines = new ArrayList<>();

    protected CreditNote() {
    }

    /**
     * An empty credit note; add lines with {@link #credit}.
     *
     * @param returnId     the customer return (kind RETURN), else null
     * @param returnNumber its number, else null
     */
    public CreditNote(String number, Invoice invoice, CreditNoteKind kind, Long returnId, String returnNumber,
            LocalDate creditDate, String reason, String createdBy, Instant now) {
        this.number = number;
        this.invoiceId = invoice.id();
        this.customerId = invoice.customerId();
        this.kind = kind;
        this.returnId = returnId;
        this.returnNumber = returnNumber;
        this.creditDate = creditDate;
        this.reason = reason;
        this.currency = invoice.currency();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.netTotal = LineAmounts.money("0");
        this.taxTotal = LineAmounts.money("0");
        this.grandTotal = LineAmounts.money("0");
    }

    /**
     * Credits a quantity of an invoice line: a mirrored line with negative amounts; totals kept.
     *
     * @throws FinanceRuleViolation "credit-exceeds-invoiced", "invalid-credit-quantity"
     */
    public CreditNoteLine credit(InvoiceLine line, BigDecimal quantity, String field) {
        LineAmounts positive = line.credit(quantity, field);
        CreditNoteLine l = new CreditNoteLine(this, lines.size() + 1, line, quantity, positive.net().negate(),
                positive.tax().negate());
        lines.add(l);
        netTotal = netTotal.add(l.netAmount());
        taxTotal = taxTotal.add(l.taxAmount());
        grandTotal = netTotal.add(taxTotal);
        return l;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long invoiceId() { return invoiceId; }
    public long customerId() { return customerId; }
    public CreditNoteKind kind() { return kind; }
    public Long returnId() { return returnId; }
    public String returnNumber() { return returnNumber; }
    public LocalDate creditDate() { return creditDate; }
    public String reason() { return reason; }
    public String currency() { return currency; }
    public BigDecimal netTotal() { return netTotal; }
    public BigDecimal taxTotal() { return taxTotal; }
    public BigDecimal grandTotal() { return grandTotal; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public List<CreditNoteLine> lines() { return Collections.unmodifiableList(lines); }
}
