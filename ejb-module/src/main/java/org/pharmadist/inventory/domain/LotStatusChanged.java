package org.pharmadist.inventory.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A lot changed status (quarantine, release, damage, recall, expiry). Compliance and dashboards observe it.
 *
 * @param lotId      the lot
 * @param productId  its product
 * @param lotNumber  lot number as printed
 * @param from       old status
 * @param to         new status
 * @param reason     the decision's reason
 * @param occurredAt when
 */
public record LotStatusChanged(long lotId, long productId, String lotNumber, LotStatus from, LotStatus to,
        String reason, Instant occurredAt) implements DomainEvent { }
