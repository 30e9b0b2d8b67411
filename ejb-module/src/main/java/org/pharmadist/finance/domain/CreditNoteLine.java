package org.pharmadist.finance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a {@link CreditNote}: the mirrored invoice line, the credited quantity (positive), negative amounts. */
@Entity
@Table(name = "finance_credit_note_line")
public class CreditNoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_credit_note_line_seq")
    @SequenceGenerator(name = "finance_credit_note_line_seq", sequenceName = "finance_credit_note_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "credit_note_id", nullable = false)
    private CreditNote creditNote;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "invoice_line_id", nullable = false)
    private long invoiceLineId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "ndc", nullable = false, length = 13)
    private String ndc;

    @Column(name = "product_name", nullable = false, length = 300)
    private String productName;

    @Column(name = "lot_number", nullable = false, length = 60)
    private String lotNumber;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false, length = 3)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 5)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRatePercent;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    protected CreditNoteLine() {
    }

    CreditNoteLine(CreditNote creditNote, int lineNo, InvoiceLine l, BigDecimal quantity, BigDecimal net, BigDecimal tax) {
        this.creditNote = creditNote;
        this.lineNo = lineNo;
        this.invoiceLineId = l.id();
        this.productId = l.productId();
        this.ndc = l.ndc();
        this.productName = l.productName();
        this.lotNumber = l.lotNumber();
        this.expiryDate = l.expiryDate();
        this.quantity = quantity.setScale(3);
        this.unit = l.unit();
        this.unitPrice = l.unitPrice();
        this.discountPercent = l.discountPercent();
        this.taxRatePercent = l.taxRatePercent();
        this.netAmount = net;
        this.taxAmount = tax;
    }

    public Long id() { return id; }
    public int lineNo() { return lineNo; }
    public long invoiceLineId() { return invoiceLineId; }
    public long productId() { return productId; }
    public String ndc() { return ndc; }
    public String productName() { return productName; }
    public String lotNumber() { return lotNumber; }
    public LocalDate expiryDate() { return expiryDate; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public BigDecimal unitPrice() { return unitPrice; }
    public BigDecimal discountPercent() { return discountPercent; }
    public BigDecimal taxRatePercent() { return taxRatePercent; }
    public BigDecimal netAmount() { return netAmount; }
    public BigDecimal taxAmount() { return taxAmount; }
}
