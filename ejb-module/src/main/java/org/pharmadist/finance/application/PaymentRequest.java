package org.pharmadist.finance.application;

import java.util.List;

/**
 * A customer payment to record.
 *
 * @param customerId  the paying customer (crm)
 * @param amount      decimal text above 0, at most 2 decimals, company currency
 * @param paymentDate yyyy-MM-dd, not after today (company time zone); today when blank
 * @param method      ACH, WIRE, CHECK, CARD or CASH
 * @param reference   bank or check reference, up to 100 characters (optional)
 * @param allocations explicit allocations; null or empty = oldest open invoices first (by due date)
 */
public record PaymentRequest(Long customerId, String amount, String paymentDate, String method, String reference,
        List<Allocation> allocations) {

    /** Part of the payment for one invoice. */
    public record Allocation(String invoiceNumber, String amount) { }
}
