package org.pharmadist.inventory.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * First-expired-first-out order of the stock an allocation takes from (EU GDP Guidelines 2013/C 343/01, 5.5 and
 * WHO TRS 957 Annex 5: stock is picked so that the earliest expiry leaves first): earliest expiry date first (lots
 * without an expiry last), then earliest received date, then lot number, then location code, so that the same stock
 * always gives the same allocation.
 */
public final class FefoOrder {

    /**
     * What the order looks at of one balance.
     *
     * @param expiryDate   lot expiry, null for none
     * @param receivedDate lot's first receipt
     * @param lotNumber    lot number
     * @param locationCode bin code
     */
    public record Candidate(LocalDate expiryDate, LocalDate receivedDate, String lotNumber, String locationCode) { }

    /** The FEFO order. */
    public static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::receivedDate)
            .thenComparing(Candidate::lotNumber)
            .thenComparing(Candidate::locationCode);

    private FefoOrder() {
    }
}
