package org.pharmadist.crm.domain;

/**
 * A US federal Employer Identification Number (EIN, IRS Publication 1635): nine digits written
 * {@code NN-NNNNNNN}. Accepted with or without the hyphen; kept hyphenated.
 */
public final class TaxId {

    private TaxId() {
    }

    /**
     * The EIN in its written form {@code NN-NNNNNNN}.
     *
     * @throws IllegalArgumentException when the text is not nine digits (one hyphen after the second allowed)
     */
    public static String normalise(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{2}-?\\d{7}")) {
            throw new IllegalArgumentException("tax id '" + t + "' must be a US EIN: 9 digits written NN-NNNNNNN, e.g. 12-3456789");
        }
        String digits = t.replace("-", "");
        if (digits.startsWith("00")) {
            throw new IllegalArgumentException("tax id '" + t + "' cannot start with 00 (no EIN prefix 00 is issued)");
        }
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }
}
