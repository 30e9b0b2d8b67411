package org.pharmadist.catalog.infrastructure.fda;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions of a delimited file, by header name (case-insensitive, trimmed). Package-private. */
final class Columns {

    private final Map<String, Integer> index = new HashMap<>();
    private final int count;

    private Columns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        this.count = header.size();
    }

    /**
     * Reads the header row and checks that the required columns are there.
     *
     * @throws CsvFormatException when the file is empty or a required column is missing
     */
    static Columns of(CsvRow header, String file, String... required) {
        if (header == null) {
            throw new CsvFormatException(1, file + " is empty (no header line)");
        }
        Columns c = new Columns(header.fields());
        for (String r : required) {
            if (!c.index.containsKey(key(r))) {
                throw new CsvFormatException(header.lineNumber(), file + " has no column '" + r + "' in its header");
            }
        }
        return c;
    }

    int count() {
        return count;
    }

    /** The trimmed value of a column, or null when blank or absent. */
    String get(CsvRow row, String column) {
        Integer i = index.get(key(column));
        if (i == null || i >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        return k.startsWith("\uFEFF") ? k.substring(1) : k;
    }
}
