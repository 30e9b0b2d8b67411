package org.pharmadist.tools.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk load of one table with PostgreSQL {@code COPY ... FROM STDIN} (text format) through the JDBC driver's
 * CopyManager; rows are buffered and sent in chunks of about 1 MB. Values: {@code null} becomes {@code \N}; text is
 * escaped (backslash, tab, newline, carriage return); everything else is written with {@code toString()}
 * (BigDecimal's plain string for numbers, ISO text for dates).
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private long rows;
    private boolean closed;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    /** One row, values in the column order given. */
    void row(Object... values) throws SQLException {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                row.append("\\N");
            } else if (v instanceof java.math.BigDecimal d) {
                row.append(d.toPlainString());
            } else {
                escape(v.toString());
            }
        }
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends the rest and ends the COPY (the rows become visible when the caller's transaction commits). */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        copy.endCopy();
    }
}
