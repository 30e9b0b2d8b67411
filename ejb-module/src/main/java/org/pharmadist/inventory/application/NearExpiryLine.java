package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lot in stock that expires within the report's horizon or has expired.
 *
 * @param productId    product
 * @param ndc11        NDC
 * @param productName  name
 * @param lotId        lot
 * @param lotNumber    lot number
 * @param expiryDate   expiry
 * @param daysToExpiry expiry - today (negative once expired)
 * @param expired      true when past expiry
 * @param status       lot status
 * @param onHand       on hand over all locations, scale 3
 * @param unit         stock unit
 * @param averageCost  moving average cost per stock unit, scale 5 (0 when unknown)
 * @param value        onHand x averageCost, scale 2 HALF_UP
 */
public record NearExpiryLine(long productId, String ndc11, String productName, long lotId, String lotNumber,
        LocalDate expiryDate, long daysToExpiry, boolean expired, String status, BigDecimal onHand, String unit,
        BigDecimal averageCost, BigDecimal value) { }
