package org.pharmadist.procurement.application;

import java.util.List;

/**
 * A supplier invoice as entered.
 *
 * @param purchaseOrderNumber the order it bills, e.g. "PO-2026-000123"
 * @param invoiceNumber       the supplier's invoice number (unique per supplier), at most 40 characters
 * @param invoiceDate         yyyy-mm-dd, default today (company time zone)
 * @param lines               at least one
 */
public record SupplierInvoiceRequest(String purchaseOrderNumber, String invoiceNumber, String invoiceDate,
        List<SupplierInvoiceLineRequest> lines) {

    /**
     * One billed line.
     *
     * @param lineNumber purchase-order line number
     * @param quantity   billed quantity in the order line's purchase unit, decimal text, zero or more
     * @param unitPrice  price per purchase unit, decimal text, rounded to scale 5 HALF_UP
     */
    public record SupplierInvoiceLineRequest(Integer lineNumber, String quantity, String unitPrice) { }
}
