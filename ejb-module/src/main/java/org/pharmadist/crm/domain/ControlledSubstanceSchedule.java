package org.pharmadist.crm.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Controlled-substance schedules a DEA registration covers, as printed on the DEA registration certificate
 * (21 CFR 1301.13; "N" = non-narcotic, 21 CFR 1308.11-1308.15): 2, 2N, 3, 3N, 4, 5.
 */
public enum ControlledSubstanceSchedule {
    CII, CIIN, CIII, CIIIN, CIV, CV;

    /**
     * Parses a list such as {@code "CII CIIN|CIII,CV"} (separators: space, comma, '|', ';'); case-insensitive.
     *
     * @return the schedules (empty for blank text)
     * @throws IllegalArgumentException naming the first unknown schedule and the accepted ones
     */
    public static Set<ControlledSubstanceSchedule> parseSet(String text) {
        Set<ControlledSubstanceSchedule> out = EnumSet.noneOf(ControlledSubstanceSchedule.class);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.strip().split("[\\s,|;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(valueOf(part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + part + "' is not a DEA schedule; use CII, CIIN, CIII, CIIIN, CIV, CV");
            }
        }
        return out;
    }

    /** The set as stored and shown: schedule names in schedule order separated by single spaces, "" when empty. */
    public static String format(Set<ControlledSubstanceSchedule> schedules) {
        StringBuilder b = new StringBuilder();
        for (ControlledSubstanceSchedule s : values()) {
            if (schedules.contains(s)) {
                b.append(b.length() == 0 ? "" : " ").append(s.name());
            }
        }
        return b.toString();
    }
}
