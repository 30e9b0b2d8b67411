package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Accounts-receivable aging as of a business day (company time zone): each invoice's balance on that day (its total
 * less credit notes and payment allocations dated on or before it) in the bucket of its days past due —
 * current (not yet due, 0 days or less), 1-30, 31-60, 61-90, over 90 — per customer and in total. Money scale 2.
 *
 * @param customers one row per customer with a balance, by name
 * @param totals    the column sums (customerId 0)
 */
public record AgingReport(LocalDate asOf, String currency, List<Row> customers, Row totals) implements Serializable {

    public AgingReport {
        customers = List.copyOf(customers);
    }

    /**
     * One customer's (or the total) buckets.
     *
     * @param total           sum of the five buckets
     * @param unappliedCredit payments not allocated on that day (the customer's credit, not in the buckets)
     */
    public record Row(long customerId, String customerName, BigDecimal current, BigDecimal days1to30,
            BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90, BigDecimal total, BigDecimal unappliedCredit)
            implements Serializable { }
}
