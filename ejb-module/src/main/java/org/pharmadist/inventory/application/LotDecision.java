package org.pharmadist.inventory.application;

import java.time.Instant;

/**
 * A lot status decision as kept.
 *
 * @param lotId      lot
 * @param lotNumber  lot number
 * @param fromStatus old status
 * @param toStatus   new status
 * @param reason     why
 * @param decidedBy  user name or "system"
 * @param decidedAt  when
 */
public record LotDecision(long lotId, String lotNumber, String fromStatus, String toStatus, String reason,
        String decidedBy, Instant decidedAt) { }
