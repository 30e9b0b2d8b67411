package org.pharmadist.sales.application;

import java.time.LocalDate;
import org.pharmadist.sales.domain.SalesOrderStatus;

/**
 * Filters of the order list; null means any.
 *
 * @param customerId customer
 * @param status     status
 * @param from       first order date (inclusive)
 * @param to         last order date (inclusive)
 */
public record SalesOrderSearch(Long customerId, SalesOrderStatus status, LocalDate from, LocalDate to) {

    /**
     * Filters from query text.
     *
     * @throws org.pharmadist.platform.errors.InvalidInputException "invalid-order-search" naming customer, status,
     *         from or to
     */
    public static SalesOrderSearch parse(String customer, String status, String from, String to) {
        SalesInput in = new SalesInput();
        Long customerId = null;
        if (customer != null && !customer.isBlank()) {
            try {
                customerId = Long.valueOf(customer.strip());
            } catch (NumberFormatException e) {
                in.reject("customer", "customer must be a customer id (whole number)");
            }
        }
        SalesOrderStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = SalesOrderStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                in.reject("status", "status must be one of " + java.util.Arrays.toString(SalesOrderStatus.values()));
            }
        }
        LocalDate f = from == null || from.isBlank() ? null : in.date(from, "from");
        LocalDate t = to == null || to.isBlank() ? null : in.date(to, "to");
        in.throwIfAny("invalid-order-search");
        return new SalesOrderSearch(customerId, s, f, t);
    }
}
