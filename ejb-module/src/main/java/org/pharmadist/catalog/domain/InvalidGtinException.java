package org.pharmadist.catalog.domain;

/**
 * A text is not a valid GTIN (GS1 General Specifications: 8, 12, 13 or 14 digits, the last one the
 * mod-10 check digit of section 7.9). Unchecked; the message says what is wrong in words a user can act on.
 */
public class InvalidGtinException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message plain-language reason, e.g. "GTIN '00300063340008' has check digit 8, expected 7" */
    public InvalidGtinException(String message) {
        super(message);
    }
}
