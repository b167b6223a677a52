package io.lakeflow.connectors.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of PostgreSQL's {@code pgoutput} logical decoding plugin, protocol version 1, with
 * tuple values in text form. {@link #decode} reads the binary layout documented in PostgreSQL's
 * "Logical Replication Message Formats".
 */
sealed interface PgOutputMessage {

    /** Start of a transaction; {@code finalLsn} is its commit record's position. */
    record Begin(Lsn finalLsn, int xid) implements PgOutputMessage {
    }

    /** End of a transaction: {@code commitLsn} is its commit record, {@code endLsn} the position after it. */
    record Commit(Lsn commitLsn, Lsn endLsn) implements PgOutputMessage {
    }

    /** A table's description, sent before its first change in each decoding session or after it changes. */
    record Relation(int relationId, String schema, String table, List<String> columns) implements PgOutputMessage {
    }

    /** A new row. */
    record Insert(int relationId, Tuple row) implements PgOutputMessage {
    }

    /** A changed row; {@code oldKey} is set only when the key changed or with REPLICA IDENTITY FULL. */
    record Update(int relationId, Tuple oldKey, Tuple row) implements PgOutputMessage {
    }

    /** A deleted row: its replica identity (the primary key by default). */
    record Delete(int relationId, Tuple oldKey) implements PgOutputMessage {
    }

    /** TRUNCATE of the tables {@code relationIds}. */
    record Truncate(List<Integer> relationIds) implements PgOutputMessage {
    }

    /** A message the connector does not need (origin, type, logical message). */
    record Ignored(char tag) implements PgOutputMessage {
    }

    /**
     * Column values in text form, in the relation's column order.
     *
     * @param values    each column's text, {@code null} for SQL NULL or an unchanged TOASTed value
     * @param unchanged which columns hold an unchanged TOASTed value that was not sent
     */
    record Tuple(String[] values, boolean[] unchanged) {

        /** Whether some column's value was not sent because it did not change. */
        boolean hasUnchanged() {
            for (boolean u : unchanged) {
                if (u) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Decodes one message.
     *
     * @throws IllegalArgumentException for a message that is not pgoutput protocol 1 text format
     */
    static PgOutputMessage decode(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        char tag = (char) b.get();
        return switch (tag) {
            case 'B' -> {
                Lsn lsn = new Lsn(b.getLong());
                b.getLong(); // commit timestamp
                yield new Begin(lsn, b.getInt());
            }
            case 'C' -> {
                b.get(); // flags
                yield new Commit(new Lsn(b.getLong()), new Lsn(b.getLong()));
            }
            case 'R' -> {
                int id = b.getInt();
                String schema = string(b);
                String table = string(b);
                b.get(); // replica identity setting
                int n = b.getShort();
                List<String> columns = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    b.get(); // flags (part of the key)
                    columns.add(string(b));
                    b.getInt(); // type oid
                    b.getInt(); // typmod
                }
                yield new Relation(id, schema, table, columns);
            }
            case 'I' -> {
                int id = b.getInt();
                expect(b, 'N');
                yield new Insert(id, tuple(b));
            }
            case 'U' -> {
                int id = b.getInt();
                char part = (char) b.get();
                Tuple old = null;
                if (part == 'K' || part == 'O') {
                    old = tuple(b);
                    part = (char) b.get();
                }
                if (part != 'N') {
                    throw new IllegalArgumentException("pgoutput update: expected 'N', got '" + part + "'");
                }
                yield new Update(id, old, tuple(b));
            }
            case 'D' -> {
                int id = b.getInt();
                char part = (char) b.get();
                if (part != 'K' && part != 'O') {
                    throw new IllegalArgumentException("pgoutput delete: expected 'K' or 'O', got '" + part + "'");
                }
                yield new Delete(id, tuple(b));
            }
            case 'T' -> {
                int n = b.getInt();
                b.get(); // options
                List<Integer> ids = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ids.add(b.getInt());
                }
                yield new Truncate(ids);
            }
            default -> new Ignored(tag);
        };
    }

    private static Tuple tuple(ByteBuffer b) {
        int n = b.getShort();
        String[] values = new String[n];
        boolean[] unchanged = new boolean[n];
        for (int i = 0; i < n; i++) {
            char kind = (char) b.get();
            switch (kind) {
                case 'n' -> values[i] = null;
                case 'u' -> unchanged[i] = true;
                case 't' -> {
                    int len = b.getInt();
                    values[i] = new String(data(b, len), StandardCharsets.UTF_8);
                }
                default -> throw new IllegalArgumentException("pgoutput tuple: unsupported value kind '" + kind
                        + "' (the connector asks for text format, protocol version 1)");
            }
        }
        return new Tuple(values, unchanged);
    }

    private static byte[] data(ByteBuffer b, int len) {
        byte[] out = new byte[len];
        b.get(out);
        return out;
    }

    private static String string(ByteBuffer b) {
        int start = b.position();
        while (b.get() != 0) {
            // scan to the terminating zero byte
        }
        return new String(b.array(), start, b.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static void expect(ByteBuffer b, char c) {
        char got = (char) b.get();
        if (got != c) {
            throw new IllegalArgumentException("pgoutput: expected '" + c + "', got '" + got + "'");
        }
    }
}
