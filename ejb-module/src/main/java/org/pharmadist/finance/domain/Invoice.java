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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pharmadist.sales.domain.LineAmounts;
import org.pharmadist.sales.domain.ShipmentConfirmed;

/**
 * A customer invoice: exactly one per confirmed shipment ({@link #shipmentId()} is unique), lines copied from the
 * {@link ShipmentConfirmed} event (never re-priced), totals = sums of the rounded line amounts ({@link LineAmounts}),
 * invoice date = ship date, due date = invoice date + the customer's payment terms in days.
 *
 * <p>The header keeps its running figures: {@code creditedTotal} (credit notes, always applied in full),
 * {@code paidTotal} (payment allocations) and {@code openBalance = grandTotal - creditedTotal - paidTotal >= 0};
 * {@link #status()} follows from them ({@link InvoiceStatus}).
 */
@Entity
@Table(name = "finance_invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_invoice_seq")
    @SequenceGenerator(name = "finance_invoice_seq", sequenceName = "finance_invoice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "shipment_id", nullable = false, unique = true)
    private long shipmentId;

    @Column(name = "shipment_number", nullable = false, length = 30)
    private String shipmentNumber;

    @Column(name = "sales_order_id", nullable = false)
    private long salesOrderId;

    @Column(name = "order_number", nullable = false, length = 30)
    private String orderNumber;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal netTotal;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grandTotal;

    @Column(name = "credited_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditedTotal;

    @Column(name = "paid_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidTotal;

    @Column(name = "open_balance", nullable = false, precision = 19, scale = 2)
    private BigDecimal openBalance;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private InvoiceStatus status;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Invoice() {
    }

    /**
     * The invoice of a confirmed shipment, with its number given.
     *
     * @param number           e.g. "INV-2026-000001"
     * @param shipment         the event; its lines are copied
     * @param paymentTermsDays the customer's terms (NET n), days from the invoice date
     * @throws FinanceRuleViolation "invoice-amounts-mismatch" when a line's amounts do not follow the money rules
     *                              (the shipment would be invoiced with amounts nobody can recompute)
     */
    public Invoice(String number, ShipmentConfirmed shipment, int paymentTermsDays, Instant now) {
        this.number = number;
        this.shipmentId = shipment.shipmentId();
        this.shipmentNumber = shipment.shipmentNumber();
        this.salesOrderId = shipment.salesOrderId();
        this.orderNumber = shipment.orderNumber();
        this.customerId = shipment.customerId();
        this.invoiceDate = shipment.shipDate();
        this.paymentTermsDays = paymentTermsDays;
        this.dueDate = shipment.shipDate().plusDays(paymentTermsDays);
        this.currency = shipment.currency();
        this.createdAt = now;
        this.updatedAt = now;
        int lineNo = 1;
        for (ShipmentConfirmed.Line l : shipment.lines()) {
            LineAmounts expected = LineAmounts.of(l.quantity(), l.unitPrice(), l.discountPercent(), l.taxRatePercent());
            if (expected.net().compareTo(l.netAmount()) != 0 || expected.tax().compareTo(l.taxAmount()) != 0) {
                throw new FinanceRuleViolation("invoice-amounts-mismatch", null, "Shipment " + shipment.shipmentNumber()
                        + " line " + l.orderLineNumber() + " (lot " + l.lotNumber() + ") carries net " + l.netAmount()
                        + " and tax " + l.taxAmount() + " but the money rules give net " + expected.net() + " and tax "
                        + expected.tax() + "; no invoice was written.");
            }
            lines.add(new InvoiceLine(this, lineNo++, l));
        }
        LineAmounts sum = LineAmounts.ZERO;
        for (InvoiceLine l : lines) {
            sum = sum.plus(new LineAmounts(l.netAmount(), l.taxAmount(), l.netAmount().add(l.taxAmount())));
        }
        this.netTotal = sum.net();
        this.taxTotal = sum.tax();
        this.grandTotal = sum.total();
        this.creditedTotal = LineAmounts.money("0");
        this.paidTotal = LineAmounts.money("0");
        this.lineCount = lines.size();
        recalculate();
    }

    /**
     * Applies a payment amount to this invoice.
     *
     * @param amount positive, scale 2
     * @param field  input field named in a refusal
     * @throws FinanceRuleViolation "allocation-exceeds-open-balance" when above the open balance
     */
    public void allocate(BigDecimal amount, String field, Instant now) {
        if (amount.signum() <= 0) {
            throw new FinanceRuleViolation("invalid-allocation", field, "An allocation must be above 0.00.");
        }
        if (amount.compareTo(openBalance) > 0) {
            throw new FinanceRuleViolation("allocation-exceeds-open-balance", field, "Invoice " + number + " has an open balance of "
                    + openBalance + " " + currency + "; " + amount + " cannot be allocated to it.");
        }
        paidTotal = paidTotal.add(amount);
        touched(now);
    }

    /**
     * Applies a credit note in full. When the credit is above the open balance, the part already paid that the
     * invoice no longer owes is answered: the caller releases that much of the payment allocations.
     *
     * @param credit the credit note's amount as a positive number, scale 2
     * @return the amount of payments to release (0 when the open balance covers the credit)
     */
    public BigDecimal applyCredit(BigDecimal credit, Instant now) {
        creditedTotal = creditedTotal.add(credit);
        BigDecimal excess = creditedTotal.add(paidTotal).subtract(grandTotal);
        BigDecimal release = excess.signum() > 0 ? excess : LineAmounts.money("0");
        paidTotal = paidTotal.subtract(release);
        touched(now);
        return release;
    }

    private void touched(Instant now) {
        updatedAt = now;
        recalculate();
    }

    private void recalculate() {
        openBalance = grandTotal.subtract(creditedTotal).subtract(paidTotal);
        if (openBalance.signum() > 0) {
            status = paidTotal.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
        } else {
            status = creditedTotal.compareTo(grandTotal) >= 0 ? InvoiceStatus.CREDITED : InvoiceStatus.PAID;
        }
    }

    /** Days past due on {@code asOf}: 0 or less while not yet due. */
    public long daysPastDue(LocalDate asOf) {
        return java.time.temporal.ChronoUnit.DAYS.between(dueDate, asOf);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long shipmentId() { return shipmentId; }
    public String shipmentNumber() { return shipmentNumber; }
    public long salesOrderId() { return salesOrderId; }
    public String orderNumber() { return orderNumber; }
    public long customerId() { return customerId; }
    public LocalDate invoiceDate() { return invoiceDate; }
    public LocalDate dueDate() { return dueDate; }
    public int paymentTermsDays() { return paymentTermsDays; }
    public String currency() { return currency; }
    public BigDecimal netTotal() { return netTotal; }
    public BigDecimal taxTotal() { return taxTotal; }
    public BigDecimal grandTotal() { return grandTotal; }
    public BigDecimal creditedTotal() { return creditedTotal; }
    public BigDecimal paidTotal() { return paidTotal; }
    public BigDecimal openBalance() { return openBalance; }
    public InvoiceStatus status() { return status; }
    public int lineCount() { return lineCount; }
    public List<InvoiceLine> lines() { return Collections.unmodifiableList(lines); }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
}
