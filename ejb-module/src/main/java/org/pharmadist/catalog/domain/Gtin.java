package org.pharmadist.catalog.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Global Trade Item Number kept as GTIN-14 (GS1 General Specifications; check digit: section 7.9).
 * GTIN-8, GTIN-12 (UPC-A) and GTIN-13 (EAN-13) are left-padded with zeros to 14 digits, which keeps
 * their check digit valid. The last digit is the GS1 mod-10 check digit
 * (https://www.gs1.org/services/how-calculate-check-digit-manually).
 *
 * <p>US drug packages carry an NDC-based GTIN: GTIN-12 = "3" + the 10 NDC digits + check digit, and
 * GTIN-14 = "00" + that GTIN-12 (GS1 US guidance for NDC-based GTINs, number system character 3).
 * Immutable; equality on {@link #value()}.
 */
public final class Gtin {

    private static final String NDC_PREFIX = "003";

    private final String value;

    private Gtin(String value14) {
        this.value = value14;
    }

    /**
     * Parses a GTIN-8, -12, -13 or -14 (digits only; surrounding blanks ignored) and checks its check digit.
     *
     * @param text 8, 12, 13 or 14 digits
     * @return the GTIN, padded to 14 digits
     * @throws InvalidGtinException when the text is null, not all digits, of another length, or its
     *         last digit is not the GS1 check digit of the others
     */
    public static Gtin of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidGtinException("GTIN is empty: give 8, 12, 13 or 14 digits");
        }
        String t = text.strip();
        if (!allDigits(t)) {
            throw new InvalidGtinException("GTIN '" + t + "' must contain digits only");
        }
        int n = t.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            throw new InvalidGtinException("GTIN '" + t + "' has " + n + " digits; a GTIN has 8, 12, 13 or 14");
        }
        String v = "0".repeat(14 - n) + t;
        int expected = checkDigit(v.substring(0, 13));
        int actual = v.charAt(13) - '0';
        if (expected != actual) {
            throw new InvalidGtinException("GTIN '" + t + "' has check digit " + actual + ", expected " + expected
                    + " (mistyped or misread digit)");
        }
        return new Gtin(v);
    }

    /**
     * The NDC-based GTIN of a package: "003" + the 10 NDC digits + GS1 check digit.
     *
     * @param tenDigits the 10-digit NDC, digits only or hyphenated (e.g. "0006334000" or "0006-3340-00")
     * @return the GTIN-14, e.g. 00300063340007 for 0006-3340-00
     * @throws InvalidGtinException when the text does not hold exactly 10 digits
     */
    public static Gtin fromNdc10(String tenDigits) {
        String d = tenDigits == null ? "" : tenDigits.strip().replace("-", "");
        if (d.length() != 10 || !allDigits(d)) {
            throw new InvalidGtinException("'" + tenDigits + "' is not a 10-digit NDC, so no NDC-based GTIN can be built");
        }
        String body = NDC_PREFIX + d;
        return new Gtin(body + checkDigit(body));
    }

    /**
     * GS1 mod-10 check digit: from the rightmost digit leftwards, weights 3, 1, 3, 1...; the check digit
     * brings the weighted sum up to a multiple of 10. Leading zeros do not change it.
     *
     * @param digitsWithoutCheck 1 to 17 digits (GTIN-14 uses 13, SSCC 17)
     * @return the check digit 0..9
     * @throws InvalidGtinException when the text is empty, longer than 17 or not all digits
     */
    public static int checkDigit(String digitsWithoutCheck) {
        if (digitsWithoutCheck == null || digitsWithoutCheck.isEmpty() || digitsWithoutCheck.length() > 17
                || !allDigits(digitsWithoutCheck)) {
            throw new InvalidGtinException("'" + digitsWithoutCheck + "' is not 1 to 17 digits; cannot compute a GS1 check digit");
        }
        int sum = 0;
        boolean weightThree = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            sum += weightThree ? 3 * d : d;
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** The 14 digits, check digit last. */
    public String value() {
        return value;
    }

    /** True when this is an NDC-based GTIN ("003" + 10 NDC digits + check). */
    public boolean isNdcBased() {
        return value.startsWith(NDC_PREFIX);
    }

    /** The 10 NDC digits (no hyphens, segmentation unknown) when {@link #isNdcBased()}, else empty. */
    public Optional<String> ndc10Digits() {
        return isNdcBased() ? Optional.of(value.substring(3, 13)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gtin g && g.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
