package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment with its allocations (money scale 2 in {@code currency}); {@code unallocatedAmount} is customer credit.
 */
public record PaymentView(long id, String number, long customerId, String customerName, LocalDate paymentDate,
        BigDecimal amount, String currency, String method, String reference, BigDecimal allocatedAmount,
        BigDecimal unallocatedAmount, List<Allocation> allocations, String createdBy) implements Serializable {

    public PaymentView {
        allocations = List.copyOf(allocations);
    }

    /** One allocation; negative when released by a credit note ({@code note} says which). */
    public record Allocation(String invoiceNumber, LocalDate allocatedOn, BigDecimal amount, String note) implements Serializable { }
}
