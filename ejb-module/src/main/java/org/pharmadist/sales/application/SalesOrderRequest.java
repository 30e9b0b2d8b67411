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
 * @param deaOrderForm          the DEA Form 222 / CSOS order of a schedule I/II order, optional (recorded later with
 *                              {@link SalesOrderService#recordDeaOrderForm})
 */
public record SalesOrderRequest(Long customerId, String requestedDeliveryDate, String customerPoReference,
        String warehouseCode, OrderAddress billTo, OrderAddress shipTo, List<SalesOrderLineRequest> lines,
        DeaOrderFormRequest deaOrderForm) {

    /** An order without a DEA order form (none of its products is in schedule I or II, or it is recorded later). */
    public SalesOrderRequest(Long customerId, String requestedDeliveryDate, String customerPoReference,
            String warehouseCode, OrderAddress billTo, OrderAddress shipTo, List<SalesOrderLineRequest> lines) {
        this(customerId, requestedDeliveryDate, customerPoReference, warehouseCode, billTo, shipTo, lines, null);
    }

    /**
     * A DEA order form as entered (21 CFR 1305.03).
     *
     * @param type   FORM_222 or CSOS
     * @param number the Form 222 serial number (9 digits) or the CSOS order number (1-40 letters, digits, hyphens)
     */
    public record DeaOrderFormRequest(String type, String number) { }

    /** A US postal address: street lines, city, two-letter state, ZIP or ZIP+4. */
    public record OrderAddress(String line1, String line2, String city, String state, String postalCode) { }
}
