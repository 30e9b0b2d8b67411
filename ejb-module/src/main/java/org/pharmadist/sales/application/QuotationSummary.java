package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the quotation list (one query over projections; totals from the header).
 *
 * @param id           id
 * @param number       number
 * @param customerId   customer
 * @param customerName customer's legal name
 * @param quotedOn     date
 * @param validUntil   last valid day
 * @param status       status
 * @param lineCount    number of lines
 * @param netTotal     net total, scale 2
 * @param grandTotal   total incl. tax, scale 2
 * @param currency     ISO 4217 code
 */
public record QuotationSummary(long id, String number, long customerId, String customerName, LocalDate quotedOn,
        LocalDate validUntil, String status, int lineCount, BigDecimal netTotal, BigDecimal grandTotal, String currency) { }
