package org.pharmadist.crm.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV text (RFC 4180: comma separated, fields optionally in double quotes, "" for a quote inside quotes, CRLF or LF
 * line ends) read into a header and rows. Lines starting with '#' and blank lines are skipped; each row keeps its
 * physical line number (1 = the first line of the text) for error reports.
 */
public final class CsvTable {

    /** One data row. */
    public record Row(int line, Map<String, String> values) {

        /** The trimmed value of a column (header name, case-insensitive), null when absent or blank. */
        public String get(String column) {
            String v = values.get(column.toLowerCase(Locale.ROOT));
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Header names as given. */
    public List<String> header() {
        return header;
    }

    /** Data rows in file order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Parses the text.
     *
     * @throws IllegalArgumentException with the line number for an unterminated quoted field or a row with more
     *                                  fields than the header
     */
    public static CsvTable parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                records.add(fields);
                lines.add(recordLine);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
            lines.add(recordLine);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<String> rec = records.get(r);
            boolean blank = rec.stream().allMatch(String::isBlank);
            if (blank || rec.get(0).startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = rec.stream().map(String::strip).toList();
                continue;
            }
            if (rec.size() > header.size()) {
                throw new IllegalArgumentException("line " + lines.get(r) + ": " + rec.size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < rec.size(); i++) {
                values.put(header.get(i).toLowerCase(Locale.ROOT), rec.get(i));
            }
            rows.add(new Row(lines.get(r), values));
        }
        return new CsvTable(header == null ? List.of() : header, rows);
    }
}
