package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer statement over a period (business days, company time zone, both ends included): opening balance (all
 * invoices less credit notes and payments dated before {@code from}), the documents of the period in date order with
 * a running balance, closing balance = opening + invoiced - credited - paid. Money scale 2; a negative balance is
 * the customer's credit.
 */
public record CustomerStatement(long customerId, String customerName, LocalDate from, LocalDate to, String currency,
        BigDecimal openingBalance, List<Entry> entries, BigDecimal invoiced, BigDecimal credited, BigDecimal paid,
        BigDecimal closingBalance) implements Serializable {

    public CustomerStatement {
        entries = List.copyOf(entries);
    }

    /**
     * One document.
     *
     * @param kind    INVOICE, CREDIT_NOTE or PAYMENT
     * @param amount  signed effect on the balance: invoice +, credit note and payment -
     * @param balance running balance after it
     */
    public record Entry(LocalDate date, String kind, String number, String description, BigDecimal amount,
            BigDecimal balance) implements Serializable { }
}
