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
import java.time.Instant;
import java.time.LocalDate;

/**
 * (Part of) a payment applied to one invoice on a date; a negative amount releases an earlier allocation back to
 * the payment's credit (with a note naming the credit note that caused it).
 */
@Entity
@Table(name = "finance_payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finance_allocation_seq")
    @SequenceGenerator(name = "finance_allocation_seq", sequenceName = "finance_allocation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private Payment payment;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "allocated_on", nullable = false)
    private LocalDate allocatedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentAllocation() {
    }

    PaymentAllocation(Payment payment, long invoiceId, BigDecimal amount, LocalDate allocatedOn, String note, Instant now) {
        this.payment = payment;
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.allocatedOn = allocatedOn;
        this.note = note;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Payment payment() { return payment; }
    public long invoiceId() { return invoiceId; }
    public BigDecimal amount() { return amount; }
    public String note() { return note; }
    public LocalDate allocatedOn() { return allocatedOn; }
}
