package org.pharmadist.compliance.domain;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CodeInfoParser} understood of a recall report's {@code code_info}.
 *
 * @param coverage           specific lots, all lots, or unreadable (flagged)
 * @param lots               the lots read, in the order of the text, without duplicates (same {@link
 *                           RecalledLot#matchKey()}); with {@link LotCoverage#ALL_LOTS} the "known lots" the report
 *                           lists besides; empty when unreadable
 * @param allLotsQualifier   with ALL_LOTS, the words after "all lots" as written ("within expiry", "distributed
 *                           02/23/2021 through 03/10/2021"); null otherwise or when there are none
 * @param unreadFragments    pieces holding digits that were neither a lot, a date nor a labelled non-lot value
 *                           (e.g. the malformed date "10/31/217"): shown to the user, never guessed
 */
public record CodeInfo(LotCoverage coverage, List<RecalledLot> lots, String allLotsQualifier, List<String> unreadFragments) {

    public CodeInfo {
        Objects.requireNonNull(coverage, "coverage");
        lots = List.copyOf(lots);
        unreadFragments = List.copyOf(unreadFragments);
    }

    /** True when the lots of the report were understood (specific lots, or all lots). */
    public boolean understood() {
        return coverage != LotCoverage.UNREADABLE;
    }
}
