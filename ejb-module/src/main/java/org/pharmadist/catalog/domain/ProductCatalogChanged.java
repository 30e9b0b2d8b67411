package org.pharmadist.catalog.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * Products were created or changed (import or maintenance). Caches and search indexes observe it
 * after commit.
 *
 * @param created    products created
 * @param updated    products changed
 * @param occurredAt when
 */
public record ProductCatalogChanged(int created, int updated, Instant occurredAt) implements DomainEvent { }
