package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import org.pharmadist.catalog.domain.UnitOfMeasure;

/**
 * A booked transfer: the TRANSFER_OUT and TRANSFER_IN pair.
 *
 * @param outMovementId ledger entry at the source
 * @param inMovementId  ledger entry at the destination
 * @param quantity      moved quantity in the stock unit, scale 3
 * @param unit          stock unit
 */
public record TransferResult(long outMovementId, long inMovementId, BigDecimal quantity, UnitOfMeasure unit) { }
