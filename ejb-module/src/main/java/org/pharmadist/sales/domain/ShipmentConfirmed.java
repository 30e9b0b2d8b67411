package org.pharmadist.sales.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A shipment of a sales order was confirmed: the stock has left the warehouse (inventory's ledger has the SHIP
 * entries). Fired by the shipment service inside the confirming transaction, so that finance can write the invoice
 * of the shipment in the same transaction ({@code @Observes(during = TransactionPhase.IN_PROGRESS)}): there is never
 * a shipped shipment without its invoice, nor an invoice without its shipment.
 *
 * <p>Amounts follow {@link LineAmounts} and are the frozen amounts of the order lines for the shipped quantity:
 * the invoice copies them, it never re-prices.
 *
 * @param shipmentId     the shipment's id
 * @param shipmentNumber e.g. "SH-0000123"
 * @param salesOrderId   the order's id
 * @param orderNumber    e.g. "SO-0000045"
 * @param customerId     the customer (crm)
 * @param currency       document currency, ISO 4217 (the order's)
 * @param shipDate       business day of the shipment in the company time zone
 * @param occurredAt     when it was confirmed (UTC)
 * @param lines          one line per order line and lot shipped, in order-line then lot order; never empty
 */
public record ShipmentConfirmed(long shipmentId, String shipmentNumber, long salesOrderId, String orderNumber,
        long customerId, String currency, LocalDate shipDate, Instant occurredAt, List<Line> lines)
        implements DomainEvent {

    public ShipmentConfirmed {
        lines = List.copyOf(lines);
    }

    /**
     * One shipped quantity of one lot for one order line.
     *
     * @param orderLineNumber  1-based line number on the order
     * @param productId        catalog product id
     * @param ndc              the product's NDC, 11 digits 5-4-2 with hyphens
     * @param productName      the product's name at the time of shipping
     * @param lotId            inventory lot id
     * @param lotNumber        the lot (batch) number as printed
     * @param expiryDate       the lot's expiry date
     * @param quantity         shipped quantity in the order line's sales unit (scale 3)
     * @param unit             that unit, ASC X12 code, e.g. "EA", "BX"
     * @param unitPrice        frozen price per that unit, document currency, scale 5
     * @param discountPercent  line discount in %, scale 4 (0 when none)
     * @param taxRatePercent   tax rate in %, scale 4
     * @param netAmount        round(quantity x unitPrice x (1 - discount/100), 2, HALF_UP)
     * @param taxAmount        round(netAmount x taxRate/100, 2, HALF_UP)
     */
    public record Line(int orderLineNumber, long productId, String ndc, String productName, long lotId,
            String lotNumber, LocalDate expiryDate, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal taxRatePercent, BigDecimal netAmount, BigDecimal taxAmount) { }
}
