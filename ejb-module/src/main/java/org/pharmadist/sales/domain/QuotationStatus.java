package org.pharmadist.sales.domain;

import java.util.Set;

/**
 * Life cycle of a quotation: DRAFT (lines editable, prices follow the price records) -> SENT (prices frozen) ->
 * ACCEPTED | REJECTED | EXPIRED (after its valid-until day has ended). Nothing leaves ACCEPTED, REJECTED or EXPIRED.
 */
public enum QuotationStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED;

    /** Statuses this one may move to. */
    public Set<QuotationStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SENT);
            case SENT -> Set.of(ACCEPTED, REJECTED, EXPIRED);
            default -> Set.of();
        };
    }

    /** True when the transition is allowed. */
    public boolean canMoveTo(QuotationStatus target) {
        return next().contains(target);
    }
}
