package org.pharmadist.catalog.domain;

/**
 * A text is not a valid GTIN (GS1 General Specifications, section 3.3.2 / 7.9: 8, 12, 13 or 14 digits,
 * last digit the mod-10 check digit). Unchecked; the message says what is wrong in words a user can act on.
 */
public class InvalidGtinException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message plain-language reason, e.g. "GTIN '00300063340008' has check digit 8, expected 7" */
    public InvalidGtinException(String message) {
        super(message);
    }
}
