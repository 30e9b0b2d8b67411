package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the order list (one query over the header joined to the customer; totals from the header).
 *
 * @param id           id
 * @param number       number
 * @param customerId   customer
 * @param customerName customer's legal name
 * @param orderDate    date
 * @param status       status
 * @param lineCount    number of lines
 * @param netTotal     scale 2
 * @param grandTotal   incl. tax, scale 2
 * @param currency     ISO 4217
 * @param customerPoReference customer's PO number or null
 */
public record SalesOrderSummary(long id, String number, long customerId, String customerName, LocalDate orderDate,
        String status, int lineCount, BigDecimal netTotal, BigDecimal grandTotal, String currency,
        String customerPoReference) { }
