package org.pharmadist.catalog.infrastructure.fda;

/**
 * A delimited text file cannot be read further (e.g. a quoted field is never closed). Unchecked.
 */
public class CsvFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    /**
     * @param lineNumber 1-based physical line where the broken record starts
     * @param message plain-language reason
     */
    public CsvFormatException(int lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /** 1-based physical line where the broken record starts. */
    public int lineNumber() {
        return lineNumber;
    }
}
