package org.pharmadist.compliance.domain;

import java.util.Locale;

/**
 * FDA recall classification (21 CFR 7.3(m)): Class I a reasonable probability of serious adverse health consequences
 * or death; Class II temporary or medically reversible consequences; Class III not likely to cause adverse health
 * consequences.
 */
public enum RecallClassification {
    CLASS_I, CLASS_II, CLASS_III, UNCLASSIFIED;

    /** Reads openFDA's "Class I" / "Class II" / "Class III"; anything else ("Not Yet Classified") is UNCLASSIFIED. */
    public static RecallClassification fromOpenFda(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (t) {
            case "CLASS_I" -> CLASS_I;
            case "CLASS_II" -> CLASS_II;
            case "CLASS_III" -> CLASS_III;
            default -> UNCLASSIFIED;
        };
    }

    /** "Class I", "Class II", "Class III" or "Unclassified". */
    public String label() {
        return switch (this) {
            case CLASS_I -> "Class I";
            case CLASS_II -> "Class II";
            case CLASS_III -> "Class III";
            case UNCLASSIFIED -> "Unclassified";
        };
    }
}
