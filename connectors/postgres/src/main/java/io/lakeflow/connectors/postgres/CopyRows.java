package io.lakeflow.connectors.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Streams a query's rows as records through {@code COPY (query) TO STDOUT} (text format), one
 * row per pull: the fastest way out of PostgreSQL, and the same text output per column as an
 * ordinary query, so values convert exactly as elsewhere. Runs in the connection's current
 * transaction (e.g. an imported snapshot); closes the connection, which it owns, when exhausted
 * or closed early.
 */
final class CopyRows implements Iterator<Map<String, Object>>, AutoCloseable {

    private final Connection connection;
    private final CopyOut copy;
    private final List<Column> columns;
    private final Map<String, Object> extra;
    private final String table;
    private final String[] fields;
    private byte[] row;
    private boolean done;

    /**
     * Starts {@code COPY (sql) TO STDOUT}; {@code sql} selects exactly {@code columns}, in order,
     * and holds no parameters (values in it must be literals).
     */
    CopyRows(Connection connection, String sql, List<Column> columns, Map<String, Object> extra, String table)
            throws SQLException {
        this.connection = connection;
        this.columns = columns;
        this.extra = extra;
        this.table = table;
        this.fields = new String[columns.size()];
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + sql + ") TO STDOUT");
    }

    /**
     * Streams {@code info}'s rows (those matching {@code where}, when not empty) on {@code own},
     * which it then owns (and closes, also when starting fails).
     */
    static CopyRows start(Connection own, TableInfo info, String where, Map<String, Object> extra)
            throws SQLException {
        try {
            return new CopyRows(own, "SELECT " + info.selectList() + " FROM " + info.quotedName()
                    + (where.isEmpty() ? "" : " WHERE " + where), info.columns(), extra, info.name());
        } catch (SQLException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (done) {
            return false;
        }
        if (row == null) {
            try {
                row = copy.readFromCopy();
            } catch (SQLException e) {
                close();
                throw new PostgresException("Reading table " + table + " failed: " + e.getMessage() + " (SQLSTATE "
                        + e.getSQLState() + "). Fix: check that the table still exists and run again.", e);
            }
            if (row == null) {
                close();
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        split(row, row.length - 1); // without the trailing newline
        row = null;
        Map<String, Object> record = new LinkedHashMap<>((int) ((columns.size() + extra.size()) / 0.75f) + 1);
        for (int i = 0; i < fields.length; i++) {
            record.put(columns.get(i).name(), columns.get(i).read(fields[i], table));
        }
        record.putAll(extra);
        return record;
    }

    /** Splits one text-format row at tabs into {@link #fields}, decoding {@code \N} and backslash escapes. */
    private void split(byte[] b, int end) {
        int field = 0;
        int start = 0;
        boolean escaped = false;
        for (int i = 0; i <= end; i++) {
            if (i == end || b[i] == '\t') {
                if (field >= fields.length) {
                    throw new PostgresException("COPY of " + table + " returned more columns than the " + fields.length
                            + " expected: the table was altered during the read. Fix: run again.");
                }
                fields[field++] = escaped ? unescape(b, start, i) : i - start == 2 && b[start] == '\\'
                        && b[start + 1] == 'N' ? null : new String(b, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
                escaped = false;
            } else if (b[i] == '\\') {
                escaped = true;
                i++; // the escaped byte is never a separator
            }
        }
        if (field != fields.length) {
            throw new PostgresException("COPY of " + table + " returned " + field + " columns, expected "
                    + fields.length + ": the table was altered during the read. Fix: run again.");
        }
    }

    private static String unescape(byte[] b, int start, int end) {
        if (end - start == 2 && b[start + 1] == 'N') {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c != '\\' || i + 1 >= end) {
                out.write(c);
                continue;
            }
            byte e = b[++i];
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'v' -> out.write(0x0B);
                default -> {
                    if (e >= '0' && e <= '7') { // octal byte value, up to three digits
                        int v = e - '0';
                        for (int k = 0; k < 2 && i + 1 < end && b[i + 1] >= '0' && b[i + 1] <= '7'; k++) {
                            v = v * 8 + (b[++i] - '0');
                        }
                        out.write(v);
                    } else if (e == 'x' && i + 1 < end && hex(b[i + 1]) >= 0) { // hex byte value, up to two digits
                        int v = hex(b[++i]);
                        if (i + 1 < end && hex(b[i + 1]) >= 0) {
                            v = v * 16 + hex(b[++i]);
                        }
                        out.write(v);
                    } else {
                        out.write(e); // \\ and any other character stand for themselves
                    }
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // cancelling an abandoned read
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // read-only transaction
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
