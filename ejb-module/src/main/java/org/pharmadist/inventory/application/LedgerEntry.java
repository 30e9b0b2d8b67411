package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stock ledger entry.
 *
 * @param id                entry id (ascending in booking order)
 * @param type              RECEIPT, ALLOCATION, DEALLOCATION, PICK, SHIPMENT, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT,
 *                          RETURN
 * @param ndc11             product NDC
 * @param lotId             lot
 * @param lotNumber         lot number
 * @param warehouseCode     warehouse
 * @param locationCode      bin
 * @param quantity          signed movement quantity, scale 3
 * @param onHandChange      effect on on hand, scale 3
 * @param reservedChange    effect on reserved, scale 3
 * @param unit              stock unit
 * @param reasonCode        adjustment reason, else null
 * @param referenceDocument document or demand reference
 * @param actor             user name or "system"
 * @param occurredAt        when (UTC instant)
 */
public record LedgerEntry(long id, String type, String ndc11, long lotId, String lotNumber, String warehouseCode,
        String locationCode, BigDecimal quantity, BigDecimal onHandChange, BigDecimal reservedChange, String unit,
        String reasonCode, String referenceDocument, String actor, Instant occurredAt) { }
