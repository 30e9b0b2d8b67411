package org.pharmadist.sales.application;

import java.time.LocalDate;
import java.util.Locale;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.sales.domain.QuotationStatus;

/**
 * Filters of the quotation list; newest first (quoted on, then id, descending).
 *
 * @param customerId only this customer, or null
 * @param status     only this status, or null
 * @param from       quoted on or after, or null
 * @param to         quoted on or before, or null
 */
public record QuotationSearch(Long customerId, QuotationStatus status, LocalDate from, LocalDate to) {

    /**
     * From request text.
     *
     * @throws InvalidInputException naming customer, status, from or to
     */
    public static QuotationSearch parse(String customer, String status, String from, String to) {
        SalesInput in = new SalesInput();
        Long customerId = null;
        if (customer != null && !customer.isBlank()) {
            try {
                customerId = Long.valueOf(customer.strip());
            } catch (NumberFormatException e) {
                in.reject("customer", "customer must be a customer id (whole number)");
            }
        }
        QuotationStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = QuotationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                in.reject("status", "status must be one of DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED");
            }
        }
        LocalDate f = from == null || from.isBlank() ? null : in.date(from, "from");
        LocalDate t = to == null || to.isBlank() ? null : in.date(to, "to");
        in.throwIfAny("invalid-quotation-search");
        return new QuotationSearch(customerId, s, f, t);
    }
}
