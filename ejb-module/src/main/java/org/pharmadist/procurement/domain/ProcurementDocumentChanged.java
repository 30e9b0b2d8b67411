package org.pharmadist.procurement.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A procurement record was created or changed: a supplier, purchase order, goods receipt, supplier invoice or
 * reorder policy. Fired inside the changing transaction; dashboards and integrations observe it after commit.
 *
 * @param documentType "supplier", "purchase-order", "goods-receipt", "supplier-invoice", "reorder-policy"
 * @param reference    the document number or code (e.g. "PO-2026-000123", supplier code)
 * @param change       what happened, e.g. "created", "line-added", "sent", "received", "matched", "approved"
 * @param occurredAt   when
 */
public record ProcurementDocumentChanged(String documentType, String reference, String change, Instant occurredAt)
        implements DomainEvent { }
