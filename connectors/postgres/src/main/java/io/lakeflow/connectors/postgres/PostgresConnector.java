package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.SupportsNamespaces;
import io.lakeflow.connect.SupportsPartition;
import io.lakeflow.connect.TableMetadata;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a PostgreSQL database's tables ({@code schema.table}): snapshots, cursor pages, and change
 * capture with deletes through logical replication ({@code pgoutput}).
 *
 * <h2>Change capture and its offsets</h2>
 * A table with a primary key is {@code cdc_with_deletes} by default. Its first read returns the
 * table as of a snapshot that its rows slot continues exactly (an exported snapshot when the slot
 * is new, else a snapshot filter by transaction id; see {@link ChangeCapture} and the README).
 * Offsets are {@code {"lsn": P, "ack": A, "table_oid": oid}}: the records of every transaction
 * whose commit starts before {@code P} were returned, and {@code A} is the start of the batch
 * before. A read decodes, without consuming, the transactions from {@code P} to
 * {@code min(P + wal_bytes_per_batch, cap)}, where {@code cap} is the WAL flush position when this
 * instance first read. The slot is advanced only to the {@code A} of the first offset the instance
 * was given for the table: the framework may re-read from that stored offset (or, in the testkit,
 * from the one before), never from before it. A fresh instance in another process resumes from
 * any stored offset. Deletes use a second slot with their own offsets.
 *
 * <p>Records carry every column as a JSON-like value (see the README's type table) and, for
 * change-captured tables, the cursor {@value #LSN_COLUMN}: the WAL position after the commit of
 * the transaction that wrote the row version (for snapshot rows, the snapshot's position).
 */
public final class PostgresConnector implements LakeflowConnect, SupportsNamespaces, SupportsPartition {

    /** The cursor column added to change-captured tables: a WAL position as a number. */
    public static final String LSN_COLUMN = "_pg_lsn";

    private final PostgresOptions options;
    private Connection connection;
    private Catalog catalog;
    private List<String> tables;
    private final Map<String, TableInfo> described = new HashMap<>();
    private final CursorPages cursorPages = new CursorPages();
    private Lsn runCap;
    private final Map<String, Lsn> slotAdvanceLimits = new HashMap<>();
    private CopyRows open;

    /**
     * A connector for the database the options name; connects lazily, on first use.
     *
     * @throws IllegalArgumentException naming a missing or malformed option
     */
    public PostgresConnector(Map<String, String> options) {
        this.options = PostgresOptions.parse(options);
    }

    @Override
    public List<String> listTables() {
        if (tables == null) {
            try {
                tables = catalog().tables(options.schemas()).stream().map(t -> t[0] + "." + t[1]).toList();
            } catch (SQLException e) {
                throw PostgresException.of(e, "listing tables", options);
            }
        }
        return tables;
    }

    @Override
    public List<List<String>> listNamespaces(List<String> parent) {
        if (!parent.isEmpty()) {
            return List.of();
        }
        try {
            return catalog().tables(options.schemas()).stream().map(t -> t[0]).distinct().map(List::of).toList();
        } catch (SQLException e) {
            throw PostgresException.of(e, "listing schemas", options);
        }
    }

    @Override
    public List<String> listTables(List<String> namespace) {
        if (namespace.size() != 1) {
            return List.of();
        }
        return listTableParts().stream().filter(t -> t[0].equals(namespace.get(0))).map(t -> t[0] + "." + t[1])
                .toList();
    }

    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        return plan(tableName, tableOptions).schema();
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        return plan(tableName, tableOptions).metadata();
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        TablePlan plan = plan(tableName, tableOptions);
        closeOpen();
        try {
            return switch (plan.type()) {
                case SNAPSHOT -> new ReadResult(scan(plan, ""), null);
                case CDC -> cursorPages.read(connection(), plan, startOffset);
                case CDC_WITH_DELETES -> {
                    ReadResult result = startOffset.isEmpty() ? changeCapture().firstRead(plan)
                            : changeCapture().read(plan, startOffset, ReplicationSlots.Flow.ROWS);
                    if (result.records() instanceof CopyRows rows) {
                        open = rows;
                    }
                    yield result;
                }
                case APPEND -> throw new IllegalStateException("append is refused by TablePlan");
            };
        } catch (SQLException e) {
            throw PostgresException.of(e, "reading table " + tableName, options);
        }
    }

    @Override
    public ReadResult readTableDeletes(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        TablePlan plan = plan(tableName, tableOptions);
        if (plan.type() != IngestionType.CDC_WITH_DELETES) {
            throw new UnsupportedOperationException("Table " + tableName + " is read as " + plan.type()
                    + ", which reports no deletes; only cdc_with_deletes tables do.");
        }
        closeOpen();
        try {
            return startOffset.isEmpty() ? changeCapture().firstDeletesRead(plan)
                    : changeCapture().read(plan, startOffset, ReplicationSlots.Flow.DELETES);
        } catch (SQLException e) {
            throw PostgresException.of(e, "reading deletes of table " + tableName, options);
        }
    }

    @Override
    public List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions) {
        TablePlan plan = plan(tableName, tableOptions);
        try {
            return new KeyRanges(connection(), plan).partitions();
        } catch (SQLException e) {
            throw PostgresException.of(e, "splitting table " + tableName + " into partitions", options);
        }
    }

    @Override
    public Iterator<Map<String, Object>> readPartition(String tableName, Map<String, Object> partition,
                                                       Map<String, String> tableOptions) {
        TablePlan plan = plan(tableName, tableOptions);
        closeOpen();
        String where = KeyRanges.where(plan, partition);
        try {
            return scan(plan, where);
        } catch (SQLException e) {
            throw PostgresException.of(e, "reading a partition of table " + tableName, options);
        }
    }

    @Override
    public void close() {
        closeOpen();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
            connection = null;
        }
    }

    /** Names of the two slots of a change-captured table, for operators and tests. */
    public String slotName(String tableName, boolean deletes) {
        return ReplicationSlots.slotName(options.slotPrefix(), tableName,
                deletes ? ReplicationSlots.Flow.DELETES : ReplicationSlots.Flow.ROWS);
    }

    // ---- reads ----------------------------------------------------------------------------------

    /** The whole table (or the rows matching {@code where}) read lazily in its own transaction. */
    private Iterator<Map<String, Object>> scan(TablePlan plan, String where) throws SQLException {
        String purpose = "reading table " + plan.info().name();
        if (plan.type() != IngestionType.CDC_WITH_DELETES) {
            Connection own = options.connect(purpose);
            try {
                own.setAutoCommit(false);
            } catch (SQLException e) {
                own.close();
                throw e;
            }
            open = CopyRows.start(own, plan.info(), where, Map.of());
            return open;
        }
        // A change-captured table's rows carry the WAL position of their snapshot as cursor.
        Connection own = options.connectSnapshot(purpose);
        Map<String, Object> extra;
        try (Statement s = own.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            rs.next();
            extra = Map.of(LSN_COLUMN, Lsn.parse(rs.getString(1)).value());
        } catch (SQLException e) {
            own.close();
            throw e;
        }
        open = CopyRows.start(own, plan.info(), where, extra);
        return open;
    }

    // ---- plumbing -------------------------------------------------------------------------------

    /** Change capture for this instance, capped at the WAL flush position of the instance's first read. */
    private ChangeCapture changeCapture() throws SQLException {
        Connection c = connection();
        if (runCap == null) {
            runCap = new ReplicationSlots(options, c).flushedPosition();
        }
        return new ChangeCapture(options, c, catalog, runCap, slotAdvanceLimits);
    }

    private TablePlan plan(String tableName, Map<String, String> tableOptions) {
        return TablePlan.of(described(tableName), tableOptions == null ? Map.of() : tableOptions);
    }

    private TableInfo described(String tableName) {
        TableInfo info = described.get(tableName);
        if (info != null) {
            return info;
        }
        if (tableName == null || !listTables().contains(tableName)) {
            throw new IllegalArgumentException("Unknown table '" + tableName + "' in " + options.describe()
                    + (options.schemas().isEmpty() ? "" : " (schemas " + options.schemas() + ")")
                    + ": no such table (or it was dropped, or the user cannot see it). Fix: use one of "
                    + abbreviate(listTables()) + ".");
        }
        int dot = tableName.indexOf('.');
        String schema = tableName.substring(0, dot);
        String table = tableName.substring(dot + 1);
        for (String[] t : listTableParts()) {
            if ((t[0] + "." + t[1]).equals(tableName)) {
                schema = t[0];
                table = t[1];
                break;
            }
        }
        try {
            info = catalog().describe(schema, table);
        } catch (SQLException e) {
            throw PostgresException.of(e, "reading the catalog entry of " + tableName, options);
        }
        if (info == null) {
            throw new PostgresException("Table " + tableName + " no longer exists in " + options.describe()
                    + ": it was dropped during the run. Fix: remove it from the pipeline, or re-create it and run a "
                    + "full refresh.");
        }
        described.put(tableName, info);
        return info;
    }

    private List<String[]> listTableParts() {
        try {
            return catalog().tables(options.schemas());
        } catch (SQLException e) {
            throw PostgresException.of(e, "listing tables", options);
        }
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 20 ? names.toString() : names.subList(0, 20) + " (and " + (names.size() - 20) + " more)";
    }

    private void closeOpen() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private Catalog catalog() {
        connection();
        return catalog;
    }

    private Connection connection() {
        try {
            if (connection != null && !connection.isClosed() && connection.isValid(5)) {
                return connection;
            }
        } catch (SQLException ignored) {
            // reconnect below
        }
        connection = options.connect("connecting");
        catalog = new Catalog(connection);
        return connection;
    }
}
