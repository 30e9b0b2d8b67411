package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What goes into the box with a shipment: ship-to, order and PO reference, per line and lot the product, lot number,
 * expiry and quantity (DSCSA transaction information: product, lot, quantity, dates).
 *
 * @param shipmentNumber      shipment number
 * @param status              OPEN or SHIPPED
 * @param shipDate            business date shipped, or null when not yet confirmed
 * @param orderNumber         order number
 * @param customerPoReference customer's PO number or null
 * @param customerName        customer's legal name
 * @param shipTo              ship-to address
 * @param lines               one line per order line and lot
 */
public record PackingSlip(String shipmentNumber, String status, LocalDate shipDate, String orderNumber,
        String customerPoReference, String customerName, SalesOrderRequest.OrderAddress shipTo, List<Line> lines) {

    /**
     * @param orderLineNo order line number
     * @param ndc         NDC, 11 digits without hyphens (HIPAA 5-4-2)
     * @param productName product name
     * @param lotNumber   lot number
     * @param expiryDate  lot expiry
     * @param quantity    in the order line's unit, scale 3
     * @param unit        that unit
     */
    public record Line(int orderLineNo, String ndc, String productName, String lotNumber, LocalDate expiryDate,
            BigDecimal quantity, String unit) { }
}
