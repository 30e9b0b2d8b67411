package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reservation picked or shipped.
 *
 * @param reservationId reservation
 * @param lotId         lot
 * @param lotNumber     lot number
 * @param locationId    location the stock was taken from
 * @param quantity      quantity in the stock unit, scale 3
 * @param serialNumbers serials of the packages (serialised products), else empty
 * @param movementId    ledger entry written (PICK or SHIPMENT)
 */
public record PickedLine(long reservationId, long lotId, String lotNumber, long locationId, BigDecimal quantity,
        List<String> serialNumbers, long movementId) {

    public PickedLine {
        serialNumbers = List.copyOf(serialNumbers);
    }
}
