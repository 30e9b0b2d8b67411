/**
 * Finance services: {@link org.pharmadist.finance.application.InvoiceService} (the invoice of each confirmed shipment
 * and the credit note of each booked return, written in the sales transaction by
 * {@link org.pharmadist.finance.application.FinanceEventObserver}; manual credits, finance:invoice; invoice PDF),
 * {@link org.pharmadist.finance.application.PaymentService} (payments with explicit or oldest-first allocation,
 * customer credit, finance:payment), {@link org.pharmadist.finance.application.FinanceQueryService} (lists, aging,
 * statement, overdue on the read database, finance:view), {@link org.pharmadist.finance.application.FinanceReceivables}
 * (the sales credit check's receivables exposure), the customer 360 sections "invoices" and "balance" and the demo
 * receivables.
 */
package org.pharmadist.finance.application;
