package org.pharmadist.catalog.domain;

import java.util.Locale;

/** Unit a NADAC price refers to (CMS NADAC "Pricing_Unit"): each, millilitre or gram. */
public enum PricingUnit {
    /** Each: tablet, capsule, patch, vial, kit... */
    EA,
    /** Millilitre (liquids). */
    ML,
    /** Gram (creams, ointments, powders). */
    GM;

    /**
     * Parses a NADAC pricing unit, ignoring case and surrounding blanks.
     *
     * @return the unit, or null for null/blank input
     * @throws IllegalArgumentException for any other text than EA, ML or GM
     */
    public static PricingUnit parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (PricingUnit u : values()) {
            if (u.name().equals(t)) {
                return u;
            }
        }
        throw new IllegalArgumentException("pricing unit '" + text.strip() + "' is not EA, ML or GM");
    }
}
