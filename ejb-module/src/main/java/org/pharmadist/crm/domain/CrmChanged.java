package org.pharmadist.crm.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A CRM record was created or changed. Fired inside the transaction of the change; caches and integrations observe
 * it after commit.
 *
 * @param record     what kind of record: "customer", "contact", "license", "lead", "opportunity", "activity"
 * @param id         its id
 * @param change     "created", "updated", "converted", "imported"
 * @param customerId the customer concerned, null when none (a lead)
 * @param occurredAt when (UTC)
 */
public record CrmChanged(String record, long id, String change, Long customerId, Instant occurredAt) implements DomainEvent { }
