package org.pharmadist.catalog.domain;

/**
 * A text is not a valid US National Drug Code package code (FDA 21 CFR 207.35; 10-digit 4-4-2, 5-3-2,
 * 5-4-1 or HIPAA 11-digit 5-4-2). Unchecked; the message says what is wrong in words a user can act on.
 */
public class InvalidNdcException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message plain-language reason, e.g. "NDC '12-34' is not a 10-digit ... code" */
    public InvalidNdcException(String message) {
        super(message);
    }

    /** @param message plain-language reason; @param cause the underlying error (e.g. a bad GTIN) */
    public InvalidNdcException(String message, Throwable cause) {
        super(message, cause);
    }
}
