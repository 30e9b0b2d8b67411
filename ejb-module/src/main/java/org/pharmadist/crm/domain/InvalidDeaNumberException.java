package org.pharmadist.crm.domain;

/** A text is not a well-formed DEA registration number; the message says what is wrong. */
public class InvalidDeaNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidDeaNumberException(String message) {
        super(message);
    }
}
