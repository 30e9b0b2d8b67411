package org.pharmadist.inventory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Stock of a product changed (receipt, allocation, release, pick, shipment, transfer, adjustment). Fired in the
 * transaction of the change; ATP caches and dashboards observe it after commit.
 *
 * @param productId         catalog product id
 * @param movementType      the kind of the (last) ledger entry written
 * @param referenceDocument the document or demand reference, may be null
 * @param quantity          the movement quantity in the stock unit, signed, scale 3
 * @param occurredAt        when
 */
public record StockChanged(long productId, MovementType movementType, String referenceDocument, BigDecimal quantity,
        Instant occurredAt) implements DomainEvent { }
