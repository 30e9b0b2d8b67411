package org.pharmadist.sales.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A customer return was booked into stock against one shipment, to the exact lots that shipment delivered (the sales
 * service has already refused a return larger than what was delivered net of earlier returns, or of a lot the
 * shipment never carried). Fired inside the booking transaction so that finance writes the credit note in the same
 * transaction ({@code @Observes(during = TransactionPhase.IN_PROGRESS)}).
 *
 * <p>Quantities are positive; the credit note mirrors the invoice of the shipment exactly: its lines are the invoice
 * line's price, discount and tax for the returned quantity, with negative amounts that round symmetrically
 * ({@link LineAmounts}).
 *
 * @param returnId       the return's id
 * @param returnNumber   e.g. "RT-0000007"
 * @param shipmentId     the shipment the goods came from
 * @param shipmentNumber its number
 * @param salesOrderId   the order of that shipment
 * @param customerId     the customer (crm)
 * @param returnDate     business day of the return in the company time zone
 * @param reason         the customer's reason, as entered
 * @param occurredAt     when it was booked (UTC)
 * @param lines          one line per shipped order line and lot returned; never empty
 */
public record CustomerReturnBooked(long returnId, String returnNumber, long shipmentId, String shipmentNumber,
        long salesOrderId, long customerId, LocalDate returnDate, String reason, Instant occurredAt, List<Line> lines)
        implements DomainEvent {

    public CustomerReturnBooked {
        lines = List.copyOf(lines);
    }

    /**
     * One returned quantity of one lot.
     *
     * @param orderLineNumber 1-based line number on the order (as in {@link ShipmentConfirmed.Line})
     * @param productId       catalog product id
     * @param ndc             NDC 5-4-2 with hyphens
     * @param lotId           inventory lot id
     * @param lotNumber       lot (batch) number
     * @param quantity        returned quantity in the order line's sales unit, positive, scale 3
     * @param unit            that unit, ASC X12 code
     */
    public record Line(int orderLineNumber, long productId, String ndc, long lotId, String lotNumber,
            BigDecimal quantity, String unit) { }
}
