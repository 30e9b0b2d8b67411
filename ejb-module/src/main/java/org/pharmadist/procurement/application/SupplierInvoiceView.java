package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.procurement.domain.PurchaseOrderLine;
import org.pharmadist.procurement.domain.SupplierInvoice;

/**
 * A supplier invoice with its three-way match result: {@code status} MATCHED, MISMATCH or APPROVED and
 * {@code mismatches}, one plain sentence per difference (e.g. "line 2 NDC 0002-8215-01: invoiced 3 BX, received
 * 2 BX"). Amounts scale 2, unit prices scale 5, quantities scale 3 in the purchase unit.
 */
public record SupplierInvoiceView(long id, String invoiceNumber, String supplierCode, String supplierName,
        String purchaseOrderNumber, LocalDate invoiceDate, LocalDate dueDate, String currency, BigDecimal totalAmount,
        String status, List<String> mismatches, String approvedBy, Instant approvedAt, String approvalReason,
        long version, List<Line> lines) {

    /** One invoice line beside what it was matched against. */
    public record Line(int lineNumber, int purchaseOrderLineNumber, String ndc, String productName,
            BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal lineAmount, BigDecimal orderedQuantity,
            BigDecimal orderedUnitCost, BigDecimal receivedQuantity) { }

    static SupplierInvoiceView of(SupplierInvoice i) {
        List<Line> lines = i.lines().stream().map(l -> {
            PurchaseOrderLine o = l.orderLine();
            return new Line(l.lineNumber(), o.lineNumber(), PurchaseOrderLine.ndc(o.product()), o.product().name(),
                    l.quantity(), l.unit().name(), l.unitPrice(), l.lineAmount(), o.quantity(), o.unitCost(),
                    o.receivedQuantity());
        }).toList();
        return new SupplierInvoiceView(i.id(), i.invoiceNumber(), i.supplier().code(), i.supplier().name(),
                i.purchaseOrder().number(), i.invoiceDate(), i.dueDate(), i.currency(), i.totalAmount(),
                i.status().name(), i.mismatches(), i.approvedBy(), i.approvedAt(), i.approvalReason(), i.version(), lines);
    }
}
