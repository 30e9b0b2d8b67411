package org.pharmadist.compliance.application;

import java.util.Locale;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * Filters of the recall list (all optional).
 *
 * @param q              prefix of the recall number, or words in the firm or product description (case-insensitive)
 * @param status         OPEN, IN_PROGRESS or CLOSED
 * @param classification CLASS_I, CLASS_II, CLASS_III (also "I", "II", "III")
 * @param inCatalog      true: only recalls naming at least one NDC of our catalog
 */
public record RecallSearch(String q, String status, String classification, boolean inCatalog) {

    /** @throws InvalidInputException (400 invalid-filter) naming the field */
    public static RecallSearch parse(String q, String status, String classification, String inCatalog) {
        String s = blank(status) ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null && !s.equals("OPEN") && !s.equals("IN_PROGRESS") && !s.equals("CLOSED")) {
            throw new InvalidInputException("invalid-filter", "status", "status must be OPEN, IN_PROGRESS or CLOSED");
        }
        String c = blank(classification) ? null : classification.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (c != null && !c.startsWith("CLASS_")) {
            c = "CLASS_" + c;
        }
        if (c != null && !c.equals("CLASS_I") && !c.equals("CLASS_II") && !c.equals("CLASS_III")) {
            throw new InvalidInputException("invalid-filter", "classification", "classification must be I, II or III");
        }
        if (!blank(inCatalog) && !inCatalog.strip().equalsIgnoreCase("true") && !inCatalog.strip().equalsIgnoreCase("false")) {
            throw new InvalidInputException("invalid-filter", "inCatalog", "inCatalog must be true or false");
        }
        return new RecallSearch(blank(q) ? null : q.strip(), s, c, !blank(inCatalog) && Boolean.parseBoolean(inCatalog.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
