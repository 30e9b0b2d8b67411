package org.pharmadist.sales.application;

import java.util.List;

/**
 * A customer return against one shipment.
 *
 * @param shipmentId the shipment the goods came from (or {@code shipmentNumber})
 * @param shipmentNumber e.g. "SH-2026-000045", when no id is given
 * @param reason     the customer's reason, required, up to 1000 characters
 * @param lines      at least one line
 */
public record CustomerReturnRequest(Long shipmentId, String shipmentNumber, String reason, List<Line> lines) {

    /**
     * One returned quantity of a shipped lot.
     *
     * @param orderLineNo   the order line number shipped
     * @param lotNumber     the lot returned (must be one the shipment delivered on that line)
     * @param quantity      returned quantity, &gt; 0, in {@code unit}
     * @param unit          X12 code; default the order line's unit
     * @param serialNumbers serial numbers of returned packages of serialised products, else empty
     */
    public record Line(Integer orderLineNo, String lotNumber, String quantity, String unit, List<String> serialNumbers) { }
}
