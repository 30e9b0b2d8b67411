package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lot with its total stock.
 *
 * @param id           lot id
 * @param productId    product
 * @param ndc11        11-digit NDC
 * @param lotNumber    lot number
 * @param expiryDate   expiry date, null when none
 * @param manufacturer manufacturer
 * @param receivedDate first receipt (business date)
 * @param status       lot status
 * @param sellable     the sellable rule today (company time zone)
 * @param daysToExpiry expiry - today in days, null when no expiry
 * @param onHand       on hand over all locations, scale 3
 * @param reserved     reserved over all locations, scale 3
 * @param unit         stock unit
 */
public record LotView(long id, long productId, String ndc11, String lotNumber, LocalDate expiryDate,
        String manufacturer, LocalDate receivedDate, String status, boolean sellable, Long daysToExpiry,
        BigDecimal onHand, BigDecimal reserved, String unit) { }
