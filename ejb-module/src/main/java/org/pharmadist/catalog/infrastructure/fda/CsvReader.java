package org.pharmadist.catalog.infrastructure.fda;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal reader for delimited text, record by record, with physical line numbers.
 *
 * <p>{@link #csv(Reader)} follows RFC 4180: comma-separated; a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""} = one {@code "}). Leniencies: line breaks may be CRLF, LF or
 * CR; a quote inside an unquoted field, or text after a closing quote, is kept as is; a leading UTF-8 BOM
 * is dropped; empty lines are skipped (they still count as lines). {@link #tsv(Reader)} reads FDA NDC
 * Directory text files: tab-separated, no quoting at all. Not thread-safe; the caller closes the Reader.
 */
public final class CsvReader implements Closeable {

    private static final int NONE = -2;

    private final Reader in;
    private final char delimiter;
    private final boolean quoting;
    private int line = 1;          // physical line of the next character
    private int lookahead = NONE;
    private boolean started;

    private CsvReader(Reader in, char delimiter, boolean quoting) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
        this.delimiter = delimiter;
        this.quoting = quoting;
    }

    /** RFC 4180 comma-separated values. */
    public static CsvReader csv(Reader reader) {
        return new CsvReader(reader, ',', true);
    }

    /** Tab-separated values without quoting (FDA NDC Directory text files). */
    public static CsvReader tsv(Reader reader) {
        return new CsvReader(reader, '\t', false);
    }

    /**
     * Reads the next non-empty record.
     *
     * @return the record, or null at end of input
     * @throws CsvFormatException when a quoted field is not closed before the end of input
     * @throws UncheckedIOException when the Reader fails
     */
    public CsvRow next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {   // skip empty lines
            c = newline(c);
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return new CsvRow(startLine, fields);
            }
            if (c == '\r' || c == '\n') {
                unread(newline(c));
                fields.add(field.toString());
                return new CsvRow(startLine, fields);
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
                continue;
            }
            if (quoting && c == '"' && field.length() == 0) {
                readQuoted(field, startLine);
                c = read();
                continue;
            }
            field.append((char) c);
            c = read();
        }
    }

    /** Reads all remaining records (see {@link #next()}). */
    public List<CsvRow> readAll() {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow r = next(); r != null; r = next()) {
            rows.add(r);
        }
        return rows;
    }

    private void readQuoted(StringBuilder field, int startLine) {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvFormatException(startLine, "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    field.append('"');
                    continue;
                }
                unread(d);
                return;
            }
            if (c == '\r' || c == '\n') {
                int after = newline(c);
                field.append('\n');
                unread(after);
                continue;
            }
            field.append((char) c);
        }
    }

    /** Consumes one line break starting with c (CRLF counts once), counts it, returns the next char. */
    private int newline(int c) {
        line++;
        int d = read();
        if (c == '\r' && d == '\n') {
            d = read();
        }
        return d;
    }

    private int read() {
        if (lookahead != NONE) {
            int c = lookahead;
            lookahead = NONE;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        lookahead = c;
    }

    /** Closes the underlying Reader. */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
