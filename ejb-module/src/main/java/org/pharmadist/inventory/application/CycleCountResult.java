package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * Result of a count.
 *
 * @param lotId      lot
 * @param locationId location
 * @param expected   on hand before the count, scale 3
 * @param counted    counted quantity, scale 3
 * @param difference counted - expected, scale 3 (the ADJUSTMENT booked)
 * @param unit       stock unit
 * @param movementId the ADJUSTMENT ledger entry, null when the count matched
 */
public record CycleCountResult(long lotId, long locationId, BigDecimal expected, BigDecimal counted,
        BigDecimal difference, UnitOfMeasure unit, Long movementId) { }
