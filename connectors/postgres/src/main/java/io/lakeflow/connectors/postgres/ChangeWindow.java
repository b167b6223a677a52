package io.lakeflow.connectors.postgres;

import io.lakeflow.connectors.postgres.PgOutputMessage.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The changes to one table committed in a window of WAL, decoded from a replication slot with
 * {@code pg_logical_slot_peek_binary_changes} (which does not consume them: the slot is advanced
 * separately, only once the framework has stored a later offset).
 *
 * <p>Within a transaction only each key's last change counts: a row inserted then updated is one
 * upsert, a row inserted then deleted is one delete. An update that changes the key is a delete of
 * the old key and an upsert of the new one. Every record's cursor ({@value PostgresConnector#LSN_COLUMN})
 * is the end position of its transaction's commit record.
 */
final class ChangeWindow {

    private record Change(boolean delete, Tuple tuple, List<String> relationColumns) {
    }

    private final Connection connection;
    private final ReplicationSlots slots;
    private final TableInfo table;

    ChangeWindow(Connection connection, ReplicationSlots slots, TableInfo table) {
        this.connection = connection;
        this.slots = slots;
        this.table = table;
    }

    /**
     * The upserts ({@code deletes == false}) or deletes of transactions whose commit record starts at
     * or after {@code from}, decoded from {@code slot} up to {@code upto}, leaving out those that
     * {@code seen} (when not {@code null}) says a snapshot already returned.
     */
    List<Map<String, Object>> read(String slot, Lsn from, Lsn upto, boolean deletes, SnapshotFilter seen)
            throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> needFill = new ArrayList<>();
        Map<Integer, List<String>> relations = new HashMap<>();
        Map<String, Change> txn = new LinkedHashMap<>();
        int xid = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement(slots.peekSql())) {
            ps.setFetchSize(2000);
            ps.setString(1, slot);
            ps.setString(2, upto.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgOutputMessage message = PgOutputMessage.decode(rs.getBytes(1));
                    if (message instanceof PgOutputMessage.Begin b) {
                        txn.clear();
                        xid = b.xid();
                    } else if (message instanceof PgOutputMessage.Relation r) {
                        relations.put(r.relationId(), r.columns());
                        if (ours(r.relationId())) {
                            checkColumns(r);
                        }
                    } else if (message instanceof PgOutputMessage.Insert i && ours(i.relationId())) {
                        put(txn, new Change(false, i.row(), relations.get(i.relationId())));
                    } else if (message instanceof PgOutputMessage.Update u && ours(u.relationId())) {
                        List<String> cols = relations.get(u.relationId());
                        if (u.oldKey() != null && !key(u.oldKey(), cols).equals(key(u.row(), cols))) {
                            put(txn, new Change(true, u.oldKey(), cols));
                        }
                        put(txn, new Change(false, u.row(), cols));
                    } else if (message instanceof PgOutputMessage.Delete d && ours(d.relationId())) {
                        put(txn, new Change(true, d.oldKey(), relations.get(d.relationId())));
                    } else if (message instanceof PgOutputMessage.Truncate t
                            && t.relationIds().stream().anyMatch(id -> ours(id))) {
                        throw new PostgresException("Table " + table.name() + " was truncated (decoded from slot " + slot
                                + " before " + upto + "); TRUNCATE cannot be replayed as row deletes. Fix: run a full "
                                + "refresh of the table (reset its offsets), which re-reads it and recreates its slot.");
                    } else if (message instanceof PgOutputMessage.Commit c) {
                        if (!c.commitLsn().isBefore(from) && (seen == null || !seen.sees(xid))) {
                            for (Change change : txn.values()) {
                                if (change.delete() == deletes) {
                                    Map<String, Object> record = record(change, c.endLsn());
                                    out.add(record);
                                    if (!deletes && change.tuple().hasUnchanged()) {
                                        needFill.add(record);
                                    }
                                }
                            }
                        }
                        txn.clear();
                    }
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        if (!needFill.isEmpty()) {
            out.removeAll(fillUnchanged(needFill));
        }
        return out;
    }

    private boolean ours(int relationId) {
        return (relationId & 0xFFFFFFFFL) == table.oid();
    }

    private void checkColumns(PgOutputMessage.Relation r) {
        List<String> unknown = r.columns().stream().filter(c -> table.column(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new PostgresException("Table " + table.name() + " was altered during the run: its changes now carry "
                    + "column(s) " + unknown + " that the schema read at the start does not have (expected "
                    + table.columns().stream().map(Column::name).toList() + "). Fix: run again, so that the schema is "
                    + "read anew; run a full refresh if the destination cannot take the new columns.");
        }
    }

    private void put(Map<String, Change> txn, Change change) {
        String key = key(change.tuple(), change.relationColumns());
        txn.remove(key); // re-insert, so that the order is that of each key's last change
        txn.put(key, change);
    }

    private String key(Tuple tuple, List<String> relationColumns) {
        StringBuilder sb = new StringBuilder();
        for (String k : table.primaryKeys()) {
            int i = relationColumns.indexOf(k);
            sb.append(i < 0 ? null : tuple.values()[i]).append('\u0000');
        }
        return sb.toString();
    }

    private Map<String, Object> record(Change change, Lsn end) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            int i = change.relationColumns().indexOf(c.name());
            record.put(c.name(), i < 0 || i >= change.tuple().values().length ? null
                    : c.read(change.tuple().values()[i], table.name()));
        }
        record.put(PostgresConnector.LSN_COLUMN, end.value());
        if (change.tuple().hasUnchanged()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < change.tuple().unchanged().length; i++) {
                if (change.tuple().unchanged()[i]) {
                    missing.add(change.relationColumns().get(i));
                }
            }
            record.put(UNCHANGED, missing);
        }
        return record;
    }

    private static final String UNCHANGED = "\u0000unchanged";

    /**
     * Large (TOASTed) values that an update did not change are not in the WAL: read them from the
     * table now. A row gone since is dropped from the upserts (its delete comes through the other
     * flow); a later value is harmless, as the later change that made it follows in the stream.
     *
     * @return the records to drop
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> fillUnchanged(List<Map<String, Object>> records) throws SQLException {
        List<Map<String, Object>> gone = new ArrayList<>();
        String where = table.primaryKeys().stream()
                .map(k -> SqlIdentifier.quote(k) + " = ?::" + table.column(k).orElseThrow().sqlType())
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT " + table.selectList() + " FROM " + table.quotedName() + " WHERE " + where;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Map<String, Object> record : records) {
                List<String> missing = (List<String>) record.remove(UNCHANGED);
                int p = 1;
                for (String k : table.primaryKeys()) {
                    Object v = record.get(k);
                    ps.setString(p++, v == null ? null : keyText(v));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        gone.add(record);
                        continue;
                    }
                    for (int i = 0; i < table.columns().size(); i++) {
                        Column c = table.columns().get(i);
                        if (missing.contains(c.name())) {
                            record.put(c.name(), c.read(rs.getString(i + 1), table.name()));
                        }
                    }
                }
            }
        }
        return gone;
    }

    private static String keyText(Object value) {
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }
}
