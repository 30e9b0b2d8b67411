package org.pharmadist.compliance.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One lot (batch) named by a recall's {@code code_info}, as the recalling firm wrote it.
 *
 * @param lotNumber     the lot number as printed in the report (trimmed of surrounding punctuation), never blank
 * @param expiryDate    the expiry (or beyond-use / discard-by date) the report gives for it; null when it gives none.
 *                      A month-year expiry ("Exp 05/2027") is the LAST day of that month (USP 10.40.100)
 * @param monthYearOnly true when the report gave only month and year
 */
public record RecalledLot(String lotNumber, LocalDate expiryDate, boolean monthYearOnly) {

    public RecalledLot {
        Objects.requireNonNull(lotNumber, "lotNumber");
        if (lotNumber.isBlank()) {
            throw new IllegalArgumentException("lot number must not be blank");
        }
    }

    /**
     * The key lots are matched by: upper case letters and digits only ("15617VP-02" and "15617vp02" are one lot;
     * firms and warehouses print hyphens, spaces and case differently, and a recall errs on the side of the lot).
     */
    public String matchKey() {
        return matchKey(lotNumber);
    }

    /** {@link #matchKey()} of any lot number text (the same rule the matching SQL applies to stock lots). */
    public static String matchKey(String lotNumber) {
        StringBuilder b = new StringBuilder(lotNumber.length());
        for (char c : lotNumber.toCharArray()) {
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
