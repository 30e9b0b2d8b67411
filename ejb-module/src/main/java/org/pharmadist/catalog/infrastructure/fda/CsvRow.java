package org.pharmadist.catalog.infrastructure.fda;

import java.util.List;

/**
 * One record of a delimited file.
 *
 * @param lineNumber 1-based physical line on which the record starts (the header is line 1); a quoted
 *        field with line breaks makes the next record start several lines further
 * @param fields field values, unquoted, in file order (immutable)
 */
public record CsvRow(int lineNumber, List<String> fields) {

    /** Copies the field list. */
    public CsvRow {
        fields = List.copyOf(fields);
    }
}
