package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Stock reserved for a demand in one lot and location.
 *
 * @param reservationId id of the reservation
 * @param lotId         lot
 * @param lotNumber     lot number as printed
 * @param expiryDate    expiry of the lot, null when it has none
 * @param locationId    location (bin)
 * @param warehouseCode warehouse code, e.g. "NJ1"
 * @param locationCode  bin code, e.g. "A-01-01"
 * @param quantity      reserved quantity in the stock unit, scale 3
 * @param status        ALLOCATED, PICKED, SHIPPED or RELEASED
 */
public record AllocationLine(long reservationId, long lotId, String lotNumber, LocalDate expiryDate, long locationId,
        String warehouseCode, String locationCode, BigDecimal quantity, String status) { }
