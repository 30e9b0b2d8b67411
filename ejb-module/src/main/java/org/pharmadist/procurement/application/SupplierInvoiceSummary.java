package org.pharmadist.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the supplier-invoice list (read source). */
public record SupplierInvoiceSummary(long id, String invoiceNumber, String supplierCode, String purchaseOrderNumber,
        LocalDate invoiceDate, LocalDate dueDate, String currency, BigDecimal totalAmount, String status) {
}
