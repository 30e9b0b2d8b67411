package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment with its pick list (one line per order line, lot and location, following the FEFO allocation).
 *
 * @param id           id
 * @param number       e.g. "SH-2026-000045"
 * @param orderId      order id
 * @param orderNumber  order number
 * @param customerId   customer
 * @param customerName customer's legal name
 * @param status       OPEN (to pick) or SHIPPED
 * @param createdOn    date created
 * @param shipDate     business date shipped, or null
 * @param confirmedBy  who confirmed it, or null
 * @param confirmedAt  when, or null
 * @param version      optimistic-locking version
 * @param lines        pick list lines
 */
public record ShipmentView(long id, String number, long orderId, String orderNumber, long customerId,
        String customerName, String status, LocalDate createdOn, LocalDate shipDate, String confirmedBy,
        Instant confirmedAt, long version, List<Line> lines) {

    /**
     * One pick: order line, lot and location.
     *
     * @param id            shipment line id
     * @param orderLineNo   order line number
     * @param ndc           NDC, 11 digits without hyphens (HIPAA 5-4-2)
     * @param productName   product name
     * @param lotId         lot id
     * @param lotNumber     lot number as printed
     * @param expiryDate    lot expiry
     * @param warehouseCode warehouse, e.g. "NJ1"
     * @param locationCode  bin, e.g. "A-01-01"
     * @param quantity      in the order line's unit, scale 3
     * @param unit          that unit
     * @param stockQuantity in the stock unit, scale 3
     * @param stockUnit     the stock unit
     */
    public record Line(long id, int orderLineNo, String ndc, String productName, long lotId, String lotNumber,
            LocalDate expiryDate, String warehouseCode, String locationCode, BigDecimal quantity, String unit,
            BigDecimal stockQuantity, String stockUnit) { }
}
