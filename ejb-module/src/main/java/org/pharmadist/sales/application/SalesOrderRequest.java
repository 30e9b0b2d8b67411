package org.pharmadist.sales.application;

import java.util.List;

/**
 * A new sales order, entered directly. Numbers are decimal text (never doubles).
 *
 * @param customerId            customer id (crm), required
 * @param requestedDeliveryDate yyyy-MM-dd, optional, today or later
 * @param customerPoReference   the customer's purchase order number, optional, up to 60 characters
 * @param warehouseCode         warehouse to ship from (e.g. "NJ1"); null: any warehouse (FEFO across them)
 * @param billTo                bill-to address; null: the customer's
 * @param shipTo                ship-to address; null: the customer's
 * @param lines                 lines, may be empty (a draft to fill in)
 */
public record SalesOrderRequest(Long customerId, String requestedDeliveryDate, String customerPoReference,
        String warehouseCode, OrderAddress billTo, OrderAddress shipTo, List<SalesOrderLineRequest> lines) {

    /** A US postal address: street lines, city, two-letter state, ZIP or ZIP+4. */
    public record OrderAddress(String line1, String line2, String city, String state, String postalCode) { }
}
