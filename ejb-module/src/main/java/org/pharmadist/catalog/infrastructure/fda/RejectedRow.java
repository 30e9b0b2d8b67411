package org.pharmadist.catalog.infrastructure.fda;

import java.util.Objects;

/**
 * A source row that could not be used, with where it is and why.
 *
 * @param file file name, e.g. "cms_nadac_subset_2025-12-24.csv"
 * @param lineNumber 1-based physical line on which the row starts (header = line 1)
 * @param reason plain-language reason, starting with a stable phrase ("invalid NDC", "duplicate NDC",
 *        "bad price", "missing name", ...) followed by the details
 */
public record RejectedRow(String file, int lineNumber, String reason) {

    /** Checks that file and reason are given and the line number is positive. */
    public RejectedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("line number must be >= 1: " + lineNumber);
        }
    }

    /** The stable leading phrase of {@link #reason()} (text before the first ':'), for grouping. */
    public String category() {
        int i = reason.indexOf(':');
        return i < 0 ? reason : reason.substring(0, i);
    }
}
