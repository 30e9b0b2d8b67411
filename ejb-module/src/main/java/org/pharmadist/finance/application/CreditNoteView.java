package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note: lines mirror invoice lines with the credited quantity (positive) and NEGATIVE amounts (scale 2);
 * totals are sums of the lines.
 *
 * @param kind RETURN (customer return {@code returnNumber}) or MANUAL
 */
public record CreditNoteView(long id, String number, String invoiceNumber, long customerId, String customerName,
        String kind, String returnNumber, LocalDate creditDate, String reason, String currency, BigDecimal netTotal,
        BigDecimal taxTotal, BigDecimal grandTotal, List<Line> lines, String createdBy) implements Serializable {

    public CreditNoteView {
        lines = List.copyOf(lines);
    }

    /** One credited line. */
    public record Line(int lineNo, String ndc, String productName, String lotNumber, LocalDate expiryDate,
            BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRatePercent,
            BigDecimal netAmount, BigDecimal taxAmount) implements Serializable { }
}
