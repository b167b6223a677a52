package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change capture with deletes for one connector instance: the first read (a snapshot joined
 * exactly to the rows slot), and later reads of the rows or deletes slot, window by window, up to
 * the instance's cap. See {@link PostgresConnector} for the offsets and the README for how the
 * snapshot and the stream join.
 */
final class ChangeCapture {

    private final PostgresOptions options;
    private final Connection connection;
    private final Catalog catalog;
    private final ReplicationSlots slots;
    private final Lsn cap;
    private final Map<String, Lsn> advanceLimits;

    /**
     * @param options    the connection options
     * @param connection the instance's shared connection (catalog queries, slot functions, decoding)
     * @param catalog    the catalog reader on that connection
     * @param cap        the WAL flush position at the instance's first read: no run reads past it
     * @param advanceLimits per slot, the position the instance may advance it to (filled on first use)
     */
    ChangeCapture(PostgresOptions options, Connection connection, Catalog catalog, Lsn cap,
                  Map<String, Lsn> advanceLimits) {
        this.options = options;
        this.connection = connection;
        this.catalog = catalog;
        this.slots = new ReplicationSlots(options, connection);
        this.cap = cap;
        this.advanceLimits = advanceLimits;
    }

    /** The first read of the deletes flow: creates its slot if needed and starts at its position, with no records. */
    ReadResult firstDeletesRead(TablePlan plan) throws SQLException {
        slots.checkServer(catalog, plan.info().name());
        slots.ensurePublished(plan.info());
        Lsn start = slots.createIfMissing(slotName(plan, ReplicationSlots.Flow.DELETES));
        return ReadResult.empty(streamOffset(start, start, plan.info(), null, null));
    }

    /**
     * First read of a change-captured table: its rows as of a snapshot that the stream continues
     * exactly. A new slot exports its snapshot (replication connection); for a slot that already
     * exists (an earlier first read, or a full refresh) the snapshot is taken now and the stream,
     * which restarts at the slot's confirmed position, skips the transactions the snapshot saw.
     */
    ReadResult firstRead(TablePlan plan) throws SQLException {
        TableInfo info = plan.info();
        slots.checkServer(catalog, info.name());
        slots.ensurePublished(info);
        slots.createIfMissing(slotName(plan, ReplicationSlots.Flow.DELETES)); // deletes slot starts no later
        String rowsSlot = slotName(plan, ReplicationSlots.Flow.ROWS);
        if (slots.confirmedPosition(rowsSlot) == null) {
            ReplicationSlots.NewSlot slot = null;
            try {
                slot = slots.createWithSnapshot(rowsSlot);
            } catch (PostgresException e) {
                // No replication connection (pg_hba.conf, max_wal_senders): create the slot by SQL
                // and join through the snapshot filter below.
                slots.createIfMissing(rowsSlot);
            }
            if (slot != null) {
                try (ReplicationSlots.NewSlot exported = slot) {
                    Connection own = options.connectSnapshot("reading the snapshot of " + info.name());
                    try (Statement s = own.createStatement()) {
                        s.execute("SET TRANSACTION SNAPSHOT " + SqlIdentifier.literal(exported.snapshotName()));
                    } catch (SQLException e) {
                        own.close();
                        throw e;
                    }
                    Lsn start = exported.consistentPoint();
                    CopyRows rows = CopyRows.start(own, info, "", Map.of(PostgresConnector.LSN_COLUMN, start.value()));
                    return new ReadResult(rows, streamOffset(start, start, info, null, null));
                }
            }
        }
        Connection own = options.connectSnapshot("reading the snapshot of " + info.name());
        SnapshotFilter seen;
        Lsn until;
        Lsn confirmed;
        try (Statement s = own.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_current_snapshot()::text, pg_current_wal_insert_lsn()::text")) {
                rs.next();
                seen = new SnapshotFilter(rs.getString(1));
                until = Lsn.parse(rs.getString(2));
            }
            confirmed = new ReplicationSlots(options, own).confirmedPosition(rowsSlot);
        } catch (SQLException | RuntimeException e) {
            own.close();
            throw e;
        }
        if (confirmed == null) {
            own.close();
            throw new PostgresException("Replication slot " + rowsSlot + " of table " + info.name() + " was dropped "
                    + "while the connector was creating it. Fix: make sure no other process drops slots named "
                    + options.slotPrefix() + "_*, then run again.");
        }
        CopyRows rows = CopyRows.start(own, info, "", Map.of(PostgresConnector.LSN_COLUMN, confirmed.value()));
        return new ReadResult(rows, streamOffset(confirmed, confirmed, info,
                until.compareTo(confirmed) > 0 ? seen : null, until));
    }

    /** Later reads of a change-captured table: one window of decoded changes. */
    ReadResult read(TablePlan plan, Offset start, ReplicationSlots.Flow flow) throws SQLException {
        TableInfo info = plan.info();
        Lsn from;
        Lsn ack;
        try {
            from = Lsn.parse((String) start.get("lsn"));
            ack = Lsn.parse((String) start.get("ack"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Table " + info.name() + ": offset " + start + " is not a change-capture "
                    + "offset of this connector (expected lsn, ack and table_oid). Fix: reset the table's offsets "
                    + "(full refresh) after changing its ingestion_type.", e);
        }
        Object oid = start.get("table_oid");
        if (!(oid instanceof Number n) || n.longValue() != info.oid()) {
            throw new PostgresException("Table " + info.name() + " was dropped and re-created since offset " + start
                    + " (its oid is now " + info.oid() + "): the changes in between cannot be read. Fix: run a full "
                    + "refresh of the table (reset its offsets).");
        }
        String slot = slotName(plan, flow);
        Lsn confirmed = slots.confirmedPosition(slot);
        if (confirmed == null) {
            throw new PostgresException("Replication slot " + slot + " of table " + info.name() + " ("
                    + flow.name().toLowerCase() + ") no longer exists at " + options.describe() + ": it was dropped "
                    + "between runs, so the changes after " + from + " are lost. Fix: run a full refresh of the table "
                    + "(reset its offsets); the connector then re-reads it and creates the slot anew.");
        }
        if (from.isBefore(confirmed)) {
            throw new PostgresException("Replication slot " + slot + " of table " + info.name() + " is at " + confirmed
                    + ", past this offset's position " + from + ": the slot was re-created or advanced by another "
                    + "reader, so changes in between are lost. Fix: run a full refresh of the table, and let one "
                    + "pipeline only use slot_name '" + options.slotPrefix() + "'.");
        }
        // Never past the batch before this instance's first offset: a run's later offsets are stored
        // only when the run commits, and a crashed run is replayed from its first offset.
        Lsn target = advanceLimits.computeIfAbsent(slot, s -> ack);
        if (confirmed.isBefore(target)) {
            slots.advance(slot, target);
        }
        Lsn upto = from.plus(plan.walBytes()).compareTo(cap) < 0 ? from.plus(plan.walBytes()) : cap;
        if (!from.isBefore(upto)) {
            return ReadResult.empty(start);
        }
        SnapshotFilter seen = null;
        Lsn until = null;
        if (start.get("snapshot") instanceof String text && start.get("until") instanceof String untilText) {
            until = Lsn.parse(untilText);
            seen = from.isBefore(until) ? new SnapshotFilter(text) : null;
        }
        List<Map<String, Object>> records = new ChangeWindow(connection, slots, info)
                .read(slot, from, upto, flow == ReplicationSlots.Flow.DELETES, seen);
        boolean keep = seen != null && upto.isBefore(until);
        return ReadResult.of(records, streamOffset(upto, from, info, keep ? seen : null, keep ? until : null));
    }

    /**
     * A change-capture offset; {@code seen} and {@code until}, when set, make the stream skip the
     * transactions a snapshot already returned, until the stream passes {@code until}.
     */
    static Offset streamOffset(Lsn lsn, Lsn ack, TableInfo info, SnapshotFilter seen, Lsn until) {
        Map<String, Object> values = new TreeMap<>();
        values.put("lsn", lsn.toString());
        values.put("ack", ack.toString());
        values.put("table_oid", info.oid());
        if (seen != null) {
            values.put("snapshot", seen.text());
            values.put("until", until.toString());
        }
        return Offset.of(values);
    }

    private String slotName(TablePlan plan, ReplicationSlots.Flow flow) {
        return ReplicationSlots.slotName(options.slotPrefix(), plan.info().name(), flow);
    }
}
