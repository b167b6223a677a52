package io.lakeflow.connectors.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.replication.ReplicationSlotInfo;

/**
 * The publication and the logical replication slots through which the connector captures a
 * table's changes. Each change-captured table has two slots, one for its upserts and one for its
 * deletes, because the framework keeps a separate offset for each flow and a slot may only be
 * advanced past what its own flow has stored.
 */
final class ReplicationSlots {

    /** Which of a table's two flows a slot serves. */
    enum Flow {
        ROWS("r"), DELETES("d");

        private final String suffix;

        Flow(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * A slot just created with an exported snapshot; the snapshot stays importable until
     * {@link #close()} (which closes the replication connection).
     *
     * @param consistentPoint where decoding of the new slot starts
     * @param snapshotName    the exported snapshot, for {@code SET TRANSACTION SNAPSHOT}
     */
    record NewSlot(Lsn consistentPoint, String snapshotName, Connection replication) implements AutoCloseable {
        @Override
        public void close() {
            try {
                replication.close();
            } catch (SQLException ignored) {
                // the snapshot was imported or is no longer needed
            }
        }
    }

    private final PostgresOptions options;
    private final Connection connection;

    ReplicationSlots(PostgresOptions options, Connection connection) {
        this.options = options;
        this.connection = connection;
    }

    /**
     * The slot name for {@code table}'s {@code flow}: the prefix, a readable part of the table name
     * and a hash of it (slot names allow 63 lowercase letters, digits and underscores).
     */
    static String slotName(String prefix, String table, Flow flow) {
        String readable = table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(table.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int room = 63 - prefix.length() - hash.length() - flow.suffix.length() - 3;
        if (readable.length() > room) {
            readable = readable.substring(0, Math.max(0, room));
        }
        return prefix + "_" + readable + "_" + hash + "_" + flow.suffix;
    }

    /**
     * Checks that the server can decode changes for this user: {@code wal_level = logical} and the
     * REPLICATION attribute.
     *
     * @throws PostgresException saying what to change
     */
    void checkServer(Catalog catalog, String table) throws SQLException {
        String walLevel = catalog.setting("wal_level");
        if (!"logical".equals(walLevel)) {
            throw new PostgresException("Table " + table + " is read by logical replication (cdc_with_deletes), but "
                    + options.describe() + " runs with wal_level = " + walLevel + ". Fix: set wal_level = logical in "
                    + "postgresql.conf and restart the server, or read the table with table options "
                    + "ingestion_type=cdc and cursor_field=<an updated-at column> (no deletes) or ingestion_type=snapshot.");
        }
        if (!catalog.canReplicate()) {
            throw new PostgresException("Table " + table + " is read by logical replication (cdc_with_deletes), but user '"
                    + options.user() + "' has no REPLICATION attribute at " + options.describe()
                    + ". Fix: ALTER ROLE " + SqlIdentifier.quote(options.user()) + " WITH REPLICATION (or use a user "
                    + "that has it), or read the table with ingestion_type=cdc and a cursor_field.");
        }
    }

    /**
     * Makes sure the publication exists and publishes {@code table} (creating or extending it). A
     * partitioned table's changes must be published as the table's own (not its partitions'), which
     * needs {@code publish_via_partition_root} (PostgreSQL 13 or later).
     */
    void ensurePublished(TableInfo table) throws SQLException {
        String pub = options.publication();
        boolean exists;
        boolean allTables = false;
        boolean viaRoot = false;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT puballtables, to_jsonb(p) ->> 'pubviaroot' FROM pg_publication p WHERE pubname = ?")) {
            ps.setString(1, pub);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
                if (exists) {
                    allTables = rs.getBoolean(1);
                    viaRoot = "true".equals(rs.getString(2));
                }
            }
        }
        if (exists && table.partitioned() && !viaRoot) {
            throw new PostgresException("Table " + table.name() + " is partitioned, and publication " + pub
                    + " publishes its changes under the partitions' names, which the connector would not see. Fix: "
                    + "ALTER PUBLICATION " + SqlIdentifier.quote(pub) + " SET (publish_via_partition_root = true) "
                    + "(PostgreSQL 13 or later), or read the table with ingestion_type=cdc or snapshot.");
        }
        if (allTables) {
            return;
        }
        if (exists) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT 1 FROM pg_publication_tables WHERE pubname = ? AND schemaname = ? AND tablename = ?")) {
                ps.setString(1, pub);
                ps.setString(2, table.schema());
                ps.setString(3, table.table());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
        }
        String sql = exists ? "ALTER PUBLICATION " + SqlIdentifier.quote(pub) + " ADD TABLE " + table.quotedName()
                : "CREATE PUBLICATION " + SqlIdentifier.quote(pub) + " FOR TABLE " + table.quotedName()
                + (serverVersion() >= 130000 ? " WITH (publish_via_partition_root = true)" : "");
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new PostgresException("Table " + table.name() + " is not in publication " + pub + " and the connector "
                    + "could not " + (exists ? "add it" : "create the publication") + ": " + e.getMessage()
                    + ". Fix: as the table's owner run " + sql + ", or set publication_name to a publication that "
                    + "includes the table.", e);
        }
    }

    private int serverVersion() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The slot's confirmed position, or {@code null} when the slot does not exist. */
    Lsn confirmedPosition(String slot) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = ? AND database = current_database()")) {
            ps.setString(1, slot);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String lsn = rs.getString(1);
                return lsn == null ? Lsn.ZERO : Lsn.parse(lsn);
            }
        }
    }

    /** Creates {@code slot} when it is missing (no snapshot needed); returns its confirmed position. */
    Lsn createIfMissing(String slot) throws SQLException {
        Lsn at = confirmedPosition(slot);
        if (at != null) {
            return at;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT lsn::text FROM pg_create_logical_replication_slot(?, 'pgoutput')")) {
            ps.setString(1, slot);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Lsn.parse(rs.getString(1));
            }
        } catch (SQLException e) {
            throw PostgresException.of(e, "creating replication slot " + slot, options);
        }
    }

    /**
     * Creates {@code slot} through a replication connection with an exported snapshot: rows read in
     * that snapshot plus the changes the slot decodes are the table, without gap or overlap.
     *
     * @throws PostgresException when no replication connection can be made (the caller may fall back)
     */
    NewSlot createWithSnapshot(String slot) throws SQLException {
        Connection replication = options.connectReplication("creating replication slot " + slot);
        try {
            ReplicationSlotInfo info = replication.unwrap(PGConnection.class).getReplicationAPI()
                    .createReplicationSlot().logical().withSlotName(slot).withOutputPlugin("pgoutput").make();
            return new NewSlot(Lsn.parse(info.getConsistentPoint().asString()), info.getSnapshotName(), replication);
        } catch (SQLException e) {
            replication.close();
            throw PostgresException.of(e, "creating replication slot " + slot + " (replication)", options);
        }
    }

    /** Drops {@code slot} if it exists. */
    void drop(String slot) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ?")) {
            ps.setString(1, slot);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw PostgresException.of(e, "dropping replication slot " + slot
                    + " (is another process reading it?)", options);
        }
    }

    /** Moves the slot's confirmed position forward to {@code to}, releasing the WAL before it. */
    void advance(String slot, Lsn to) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_replication_slot_advance(?, ?::pg_lsn)")) {
            ps.setString(1, slot);
            ps.setString(2, to.toString());
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw PostgresException.of(e, "advancing replication slot " + slot + " to " + to, options);
        }
    }

    /** The position up to which WAL is flushed now, the high-water mark of a run. */
    Lsn flushedPosition() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_current_wal_flush_lsn()::text")) {
            rs.next();
            return Lsn.parse(rs.getString(1));
        }
    }

    /** The SQL that peeks at a slot's changes up to a position, without consuming them. */
    String peekSql() {
        return "SELECT data FROM pg_logical_slot_peek_binary_changes(?, ?::pg_lsn, NULL, 'proto_version', '1', "
                + "'publication_names', " + SqlIdentifier.literal(SqlIdentifier.quote(options.publication())) + ")";
    }
}
