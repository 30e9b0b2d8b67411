package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the invoice list and the overdue list (money scale 2 in {@code currency}).
 *
 * @param daysPastDue days after the due date on the list's day (company time zone); 0 or less when not yet due
 */
public record InvoiceSummary(long id, String number, long customerId, String customerName, String shipmentNumber,
        LocalDate invoiceDate, LocalDate dueDate, String status, String currency, BigDecimal grandTotal,
        BigDecimal openBalance, long daysPastDue) implements Serializable { }
