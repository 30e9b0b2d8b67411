package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.pharmadist.inventory.domain.LotStatus;

/**
 * What a {@link StockReceiving#receive(StockReceipt) receipt} booked.
 *
 * @param lotId       the lot (created, or the existing lot with the same product, lot number and expiry)
 * @param lotNumber   lot number as stored
 * @param expiryDate  expiry date of the lot
 * @param status      status of the received stock: QUARANTINE when the product needs a quality release, else the
 *                    lot's status
 * @param movementId  id of the RECEIPT entry in the stock ledger
 * @param quantity    quantity booked, in the stock unit, scale 3
 */
public record ReceivedStock(long lotId, String lotNumber, LocalDate expiryDate, LotStatus status, long movementId,
        BigDecimal quantity) {
}
