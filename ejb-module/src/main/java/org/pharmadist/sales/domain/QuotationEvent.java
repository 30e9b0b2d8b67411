package org.pharmadist.sales.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Something happened to a quotation (QuotationCreated, QuotationChanged, QuotationSent, QuotationAccepted,
 * QuotationRejected, QuotationExpired), fired inside the transaction of the change.
 *
 * @param kind       what happened
 * @param quotationId the quotation
 * @param number     its number, e.g. "Q-0000051"
 * @param customerId its customer
 * @param occurredAt when (UTC)
 */
public record QuotationEvent(Kind kind, long quotationId, String number, long customerId, Instant occurredAt)
        implements DomainEvent {

    /** Kinds of quotation events. */
    public enum Kind { QUOTATION_CREATED, QUOTATION_CHANGED, QUOTATION_SENT, QUOTATION_ACCEPTED, QUOTATION_REJECTED, QUOTATION_EXPIRED }
}
