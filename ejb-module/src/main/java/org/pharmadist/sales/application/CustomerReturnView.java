package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A booked customer return.
 *
 * @param id             id
 * @param number         e.g. "RT-2026-000007"
 * @param shipmentId     shipment
 * @param shipmentNumber its number
 * @param orderId        order
 * @param orderNumber    its number
 * @param customerId     customer
 * @param returnDate     business date booked
 * @param reason         the customer's reason
 * @param createdBy      who booked it
 * @param createdAt      when
 * @param lines          lines
 */
public record CustomerReturnView(long id, String number, long shipmentId, String shipmentNumber, long orderId,
        String orderNumber, long customerId, LocalDate returnDate, String reason, String createdBy, Instant createdAt,
        List<Line> lines) {

    /**
     * @param orderLineNo   order line number
     * @param ndc           NDC, 11 digits without hyphens (HIPAA 5-4-2)
     * @param lotNumber     lot
     * @param quantity      in {@code unit}, scale 3
     * @param unit          the order line's unit
     * @param stockQuantity in the stock unit
     * @param locationCode  where it was booked (a QUARANTINE bin when the warehouse has one)
     */
    public record Line(int orderLineNo, String ndc, String lotNumber, BigDecimal quantity, String unit,
            BigDecimal stockQuantity, String locationCode) { }
}
