package org.pharmadist.platform.events;

import java.time.Instant;

/**
 * Something that happened to a business record, fired through CDI by the service that made the
 * change ({@code Event<DomainEvent>}), inside its transaction.
 *
 * <p>Observers choose when they run: same-transaction reactions use
 * {@code @Observes(during = TransactionPhase.IN_PROGRESS)}; caches, dashboards and outbound
 * integrations use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so they never see a
 * change that was rolled back.
 */
public interface DomainEvent {

    /** When the change was made (UTC instant). */
    Instant occurredAt();
}
