package org.pharmadist.finance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice with its lines, credit notes and payment allocations. Money scale 2 in {@code currency}; unit prices
 * scale 5; quantities scale 3 in {@code unit}; percentages scale 4; dates are business days in the company time zone.
 *
 * @param paymentTerms e.g. "NET30" (due date = invoice date + 30 days)
 * @param status       OPEN, PARTIALLY_PAID, PAID or CREDITED
 */
public record InvoiceView(long id, String number, long customerId, String customerName, long shipmentId,
        String shipmentNumber, long salesOrderId, String orderNumber, LocalDate invoiceDate, LocalDate dueDate,
        String paymentTerms, String currency, BigDecimal netTotal, BigDecimal taxTotal, BigDecimal grandTotal,
        BigDecimal creditedTotal, BigDecimal paidTotal, BigDecimal openBalance, String status, List<Line> lines,
        List<CreditNoteRef> creditNotes, List<AllocationRef> payments, long version) implements Serializable {

    public InvoiceView {
        lines = List.copyOf(lines);
        creditNotes = List.copyOf(creditNotes);
        payments = List.copyOf(payments);
    }

    /** One invoice line; {@code creditedQuantity} is what credit notes already credited of it. */
    public record Line(int lineNo, int orderLineNumber, long productId, String ndc, String productName, String lotNumber,
            LocalDate expiryDate, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal discountPercent,
            BigDecimal taxRatePercent, BigDecimal netAmount, BigDecimal taxAmount, BigDecimal creditedQuantity)
            implements Serializable { }

    /** A credit note of this invoice; {@code grandTotal} negative. */
    public record CreditNoteRef(String number, LocalDate creditDate, String kind, BigDecimal grandTotal) implements Serializable { }

    /** A payment allocation to this invoice; negative when released by a credit note. */
    public record AllocationRef(String paymentNumber, LocalDate allocatedOn, BigDecimal amount, String note) implements Serializable { }
}
