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

/**
 * A customer payment (amount scale 2, date, method, reference) and its allocations to invoices. What is not
 * allocated ({@link #unallocatedAmount()}) is the customer's credit, applied to invoices later; an allocation never
 * goes above an invoice's open balance ({@link Invoice#allocate}) nor above what is left of the payment.
 */
@Entity
@Table(name = "finance_payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_payment_seq")
    @SequenceGenerator(name = "finance_payment_seq", sequenceName = "finance_payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 10)
    private PaymentMethod method;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "allocated_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal allocatedAmount;

    @Column(name = "unallocated_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal unallocatedAmount;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PaymentAllocation> allocations = new ArrayList<>();

    protected Payment() {
    }

    public Payment(String number, long customerId, LocalDate paymentDate, BigDecimal amount, String currency,
            PaymentMethod method, String reference, String createdBy, Instant now) {
        this.number = number;
        this.customerId = customerId;
        this.paymentDate = paymentDate;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.allocatedAmount = amount.subtract(amount);
        this.unallocatedAmount = amount;
    }

    /**
     * Allocates part of this payment to an invoice of the same customer on a date.
     *
     * @throws FinanceRuleViolation "allocation-exceeds-payment" above the unallocated amount,
     *                              "allocation-exceeds-open-balance" above the invoice's open balance,
     *                              "invoice-of-another-customer"
     */
    public PaymentAllocation allocate(Invoice invoice, BigDecimal value, LocalDate on, String field, Instant now) {
        if (invoice.customerId() != customerId) {
            throw new FinanceRuleViolation("invoice-of-another-customer", field, "Invoice " + invoice.number()
                    + " belongs to another customer than payment " + number + ".");
        }
        if (value.compareTo(unallocatedAmount) > 0) {
            throw new FinanceRuleViolation("allocation-exceeds-payment", field, "Payment " + number + " has "
                    + unallocatedAmount + " " + currency + " left to allocate; " + value + " cannot be allocated.");
        }
        invoice.allocate(value, field, now);
        PaymentAllocation a = new PaymentAllocation(this, invoice.id(), value, on, null, now);
        allocations.add(a);
        allocatedAmount = allocatedAmount.add(value);
        unallocatedAmount = unallocatedAmount.subtract(value);
        return a;
    }

    /** Releases part of an allocation back to unallocated credit (a credit note lowered the invoice); negative row. */
    public PaymentAllocation release(long invoiceId, BigDecimal value, LocalDate on, String note, Instant now) {
        PaymentAllocation a = new PaymentAllocation(this, invoiceId, value.negate(), on, note, now);
        allocations.add(a);
        allocatedAmount = allocatedAmount.subtract(value);
        unallocatedAmount = unallocatedAmount.add(value);
        return a;
    }

    /** Net amount of this payment allocated to one invoice. */
    public BigDecimal allocatedTo(long invoiceId) {
        return allocations.stream().filter(a -> a.invoiceId() == invoiceId).map(PaymentAllocation::amount)
                .reduce(amount.subtract(amount), BigDecimal::add);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long customerId() { return customerId; }
    public LocalDate paymentDate() { return paymentDate; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public PaymentMethod method() { return method; }
    public String reference() { return reference; }
    public BigDecimal allocatedAmount() { return allocatedAmount; }
    public BigDecimal unallocatedAmount() { return unallocatedAmount; }
    public String createdBy() { return createdBy; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public List<PaymentAllocation> allocations() { return Collections.unmodifiableList(allocations); }
}
