package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Stock of one lot in one location, as screens and the API show it.
 *
 * @param productId       product
 * @param ndc11           11-digit NDC
 * @param productName     product name
 * @param lotId           lot
 * @param lotNumber       lot number
 * @param expiryDate      expiry date, null when none
 * @param lotStatus       AVAILABLE, QUARANTINE, EXPIRED, RECALLED or DAMAGED
 * @param sellable        the sellable rule today (company time zone)
 * @param daysToExpiry    expiry - today in days (negative once expired), null when no expiry
 * @param warehouseCode   warehouse
 * @param locationId      location id
 * @param locationCode    bin code
 * @param storageCondition location's storage condition
 * @param onHand          on hand, scale 3
 * @param reserved        reserved, scale 3
 * @param available       on hand - reserved when sellable in an allocatable location, else 0; scale 3
 * @param unit            stock unit (X12 code)
 */
public record StockLine(long productId, String ndc11, String productName, long lotId, String lotNumber,
        LocalDate expiryDate, String lotStatus, boolean sellable, Long daysToExpiry, String warehouseCode,
        long locationId, String locationCode, String storageCondition, BigDecimal onHand, BigDecimal reserved,
        BigDecimal available, String unit) { }
