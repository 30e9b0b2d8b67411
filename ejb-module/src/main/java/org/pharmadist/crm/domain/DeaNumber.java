package org.pharmadist.crm.domain;

import java.util.Locale;

/**
 * A DEA registration number: two letters and seven digits, e.g. {@code AB1234563}.
 *
 * <ul>
 *   <li>First letter: a registrant type prefix DEA issues (A, B, F, G: practitioners, hospitals/clinics,
 *       pharmacies; C: practitioners; D: teaching institutions; E: manufacturers; H: distributors and others;
 *       J: importers; K: exporters; L: reverse distributors; M: mid-level practitioners; P, R, S, T, U:
 *       distributors, researchers, narcotic treatment programs; X: DATA-waived practitioners).</li>
 *   <li>Second letter: initial of the registrant's last name or business name.</li>
 *   <li>Check digit (7th digit): with digits d1..d6, the last digit of (d1 + d3 + d5) + 2 x (d2 + d4 + d6)
 *       equals d7.</li>
 * </ul>
 * The format and check digit catch typing errors; whether the registration is active is checked against the
 * DEA registration validation service by compliance, not here (21 CFR 1301.11, 1301.74).
 */
public record DeaNumber(String value) {

    /** Registrant type letters accepted as the first character. */
    public static final String REGISTRANT_TYPES = "ABCDEFGHJKLMPRSTUX";

    public DeaNumber {
        value = validate(value);
    }

    /**
     * Parses a DEA number, ignoring surrounding spaces and case.
     *
     * @throws InvalidDeaNumberException when the text is not 2 letters + 7 digits, the first letter is not a
     *                                   registrant type, or the check digit does not match
     */
    public static DeaNumber parse(String text) {
        return new DeaNumber(text);
    }

    /** The check digit the first six digits call for (0-9). */
    public static int checkDigit(String sixDigits) {
        int odd = 0;
        int even = 0;
        for (int i = 0; i < 6; i++) {
            int d = sixDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                odd += d;
            } else {
                even += d;
            }
        }
        return (odd + 2 * even) % 10;
    }

    private static String validate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDeaNumberException("DEA number is required: 2 letters and 7 digits, e.g. AB1234563");
        }
        String v = text.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}[0-9]{7}")) {
            throw new InvalidDeaNumberException("DEA number '" + text.strip() + "' must be 2 letters and 7 digits, e.g. AB1234563");
        }
        if (REGISTRANT_TYPES.indexOf(v.charAt(0)) < 0) {
            throw new InvalidDeaNumberException("DEA number '" + v + "' starts with " + v.charAt(0)
                    + ", which is not a DEA registrant type (" + String.join(", ", REGISTRANT_TYPES.split("")) + ")");
        }
        int expected = checkDigit(v.substring(2, 8));
        if (v.charAt(8) - '0' != expected) {
            throw new InvalidDeaNumberException("DEA number '" + v + "' has a wrong check digit (last digit "
                    + v.charAt(8) + ", the other digits call for " + expected + "); check for a typing error");
        }
        return v;
    }

    @Override
    public String toString() {
        return value;
    }
}
