package org.pharmadist.sales.domain;

import java.time.Instant;
import org.pharmadist.platform.events.DomainEvent;

/**
 * A price list, price list item, contract or contract price was created or changed.
 *
 * @param record     "price-list", "price-list-item", "contract", "contract-price"
 * @param code       price list or contract code
 * @param productId  the product concerned, null for a header
 * @param occurredAt when (UTC)
 */
public record PriceRecordChanged(String record, String code, Long productId, Instant occurredAt) implements DomainEvent { }
