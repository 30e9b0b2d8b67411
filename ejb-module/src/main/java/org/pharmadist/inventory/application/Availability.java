package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Available-to-promise of one product: {@code onHand - reserved - blocked}, never below zero.
 *
 * @param productId        product
 * @param ndc11            11-digit NDC
 * @param warehouseCode    warehouse, null for all
 * @param minShelfLifeDays shelf-life need the figure was computed for
 * @param asOf             business date (company time zone) the sellable rule was judged on
 * @param onHand           on hand, scale 3
 * @param reserved         reserved, scale 3
 * @param blocked          unreserved stock that cannot be promised: lot not allocatable, past expiry, below the
 *                         shelf-life need, or in a quarantine/shipping/inactive location; scale 3
 * @param availableToPromise onHand - reserved - blocked, scale 3
 * @param unit             stock unit
 */
public record Availability(long productId, String ndc11, String warehouseCode, int minShelfLifeDays, LocalDate asOf,
        BigDecimal onHand, BigDecimal reserved, BigDecimal blocked, BigDecimal availableToPromise, String unit) { }
