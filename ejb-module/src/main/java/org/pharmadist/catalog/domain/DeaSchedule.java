package org.pharmadist.catalog.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * DEA controlled-substance schedule (21 U.S.C. 812, 21 CFR 1308.11-1308.15), CI most restrictive.
 * {@link #compareTo} order is CI &lt; CII &lt; ... &lt; CV, i.e. more restrictive first.
 */
public enum DeaSchedule {
    /** Schedule I: no currently accepted medical use (e.g. bulk dronabinol as listed, DMT). */
    CI(1, "I"),
    /** Schedule II (e.g. amphetamine, hydromorphone, fentanyl). */
    CII(2, "II"),
    /** Schedule III (e.g. buprenorphine, ketamine, testosterone). */
    CIII(3, "III"),
    /** Schedule IV (e.g. alprazolam, tramadol). */
    CIV(4, "IV"),
    /** Schedule V (e.g. pregabalin, lacosamide). */
    CV(5, "V");

    private final int number;
    private final String roman;

    DeaSchedule(int number, String roman) {
        this.number = number;
        this.roman = roman;
    }

    /** Schedule number 1..5. */
    public int number() {
        return number;
    }

    /** Roman numeral without the "C", e.g. "II". */
    public String roman() {
        return roman;
    }

    /** True when this schedule is more restrictive (lower number) than {@code other}. */
    public boolean isMoreRestrictiveThan(DeaSchedule other) {
        return number < other.number;
    }

    /**
     * Parses a schedule written as "CII", "C-II", "C II", "C2", "II" or "2", ignoring case and blanks.
     *
     * @return the schedule, or empty for null/blank input
     * @throws IllegalArgumentException when the text is not one of the five schedules
     */
    public static Optional<DeaSchedule> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (t.startsWith("C") && t.length() > 1) {
            t = t.substring(1);
        }
        for (DeaSchedule s : values()) {
            if (s.roman.equals(t) || Integer.toString(s.number).equals(t)) {
                return Optional.of(s);
            }
        }
        throw new IllegalArgumentException("DEA schedule '" + text.strip()
                + "' is not one of CI, CII, CIII, CIV, CV (also written C-II, II or 2)");
    }
}
