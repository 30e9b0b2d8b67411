package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quotation with its lines and totals (sums of the rounded lines).
 *
 * @param id           id
 * @param number       e.g. "Q-0000051"
 * @param customerId   customer
 * @param customerName customer's legal name
 * @param status       DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED
 * @param quotedOn     date created (company time zone)
 * @param validUntil   last valid day (to its end, company time zone)
 * @param validNow     true while valid now
 * @param currency     ISO 4217 code
 * @param netTotal     sum of line nets, scale 2
 * @param taxTotal     sum of line taxes, scale 2
 * @param grandTotal   net + tax, scale 2
 * @param lineCount    number of lines
 * @param sentAt       when sent (prices frozen since), or null
 * @param decidedAt    when accepted, rejected or expired, or null
 * @param version      optimistic-locking version to send with changes
 * @param lines        the lines
 */
public record QuotationView(long id, String number, long customerId, String customerName, String status,
        LocalDate quotedOn, LocalDate validUntil, boolean validNow, String currency, BigDecimal netTotal,
        BigDecimal taxTotal, BigDecimal grandTotal, int lineCount, Instant sentAt, Instant decidedAt, long version,
        List<QuotationLineView> lines) { }
