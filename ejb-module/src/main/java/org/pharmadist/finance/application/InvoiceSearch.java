package org.pharmadist.finance.application;

import java.time.LocalDate;
import java.util.Locale;
import org.pharmadist.finance.domain.InvoiceStatus;
import org.pharmadist.sales.application.SalesInput;

/**
 * Filters of the invoice list; newest first (invoice date, then id, descending).
 *
 * @param customerId only this customer, or null
 * @param status     only this status, or null
 * @param from       invoice date on or after, or null
 * @param to         invoice date on or before, or null
 * @param openOnly   only invoices with an open balance above 0
 */
public record InvoiceSearch(Long customerId, InvoiceStatus status, LocalDate from, LocalDate to, boolean openOnly) {

    /**
     * From request text.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-invoice-search" naming customer, status,
     *                                                               from, to or open
     */
    public static InvoiceSearch parse(String customer, String status, String from, String to, String open) {
        SalesInput in = new SalesInput();
        Long customerId = null;
        if (customer != null && !customer.isBlank()) {
            try {
                customerId = Long.valueOf(customer.strip());
            } catch (NumberFormatException e) {
                in.reject("customer", "customer must be a customer id (whole number)");
            }
        }
        InvoiceStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                in.reject("status", "status must be one of OPEN, PARTIALLY_PAID, PAID, CREDITED");
            }
        }
        LocalDate f = from == null || from.isBlank() ? null : in.date(from, "from");
        LocalDate t = to == null || to.isBlank() ? null : in.date(to, "to");
        boolean openOnly = false;
        if (open != null && !open.isBlank()) {
            if (open.strip().equalsIgnoreCase("true")) {
                openOnly = true;
            } else if (!open.strip().equalsIgnoreCase("false")) {
                in.reject("open", "open must be true or false");
            }
        }
        in.throwIfAny("invalid-invoice-search");
        return new InvoiceSearch(customerId, s, f, t, openOnly);
    }
}
