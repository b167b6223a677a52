package io.lakeflow.connect;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * A source connector: reads one external system as a set of tables, incrementally.
 *
 * <h2>Construction</h2>
 * An implementation has a public constructor taking {@code Map<String, String>} connection
 * options (credentials, base URL, ...), and is registered through a
 * {@link LakeflowConnectorProvider}. The constructor should validate its options and fail with a
 * message naming the missing or malformed option, never echoing a secret's value. The framework
 * may create many instances, in several threads or processes; instances share no state through
 * the framework, only through the source.
 *
 * <h2>The offset loop</h2>
 * The framework reads a table by calling {@link #readTable} repeatedly: the first call gets
 * {@link Offset#empty()}, each later call the offset the previous call returned. The table is
 * <em>drained</em> when a call returns the offset it was given (by {@link Offset#equals}); the
 * framework then stops, and resumes from that offset in a later run, possibly with a fresh
 * instance in another process. Hence:
 * <ul>
 *   <li>a call that returns records must return a different offset than its start offset
 *       (otherwise the framework would read the same batch forever);</li>
 *   <li>reading from any returned offset with a fresh instance returns exactly the records not
 *       yet returned (none lost at page or cursor boundaries; none repeated for append tables;
 *       for cdc tables a repeat is harmless but costs work);</li>
 *   <li>a read must terminate even while the source keeps changing: cap each run at a high-water
 *       mark taken when the instance starts reading (e.g. the time of the first call), so that a
 *       run ends even if rows are written faster than they are read;</li>
 *   <li>{@code null} as the returned offset is allowed only for {@link IngestionType#SNAPSHOT}
 *       tables and means "this one batch was the whole table".</li>
 * </ul>
 *
 * <h2>Unknown tables</h2>
 * {@link #getTableSchema}, {@link #readTableMetadata}, {@link #readTable} and
 * {@link #readTableDeletes} throw {@link IllegalArgumentException} for a table not in
 * {@link #listTables()}, eagerly: when called, not when the returned iterator is consumed.
 *
 * <h2>Records</h2>
 * Records are JSON-like {@code Map<String, Object>} values whose values are {@code String},
 * {@code Number}, {@code Boolean}, {@code List}, {@code Map} or {@code null}, as the source
 * returned them. Connectors do not convert to Spark types: the framework converts each record to
 * the table's schema with one shared converter, strictly (a value that does not fit is an error
 * naming the field, never a silent null).
 *
 * <h2>Threads</h2>
 * An instance is used by one thread at a time; the framework never calls one instance
 * concurrently. {@link #close()} is called once, when the framework is done with the instance.
 */
public interface LakeflowConnect extends AutoCloseable {

    /**
     * The tables this connector can read, in a stable order, without duplicates. Called once per
     * instance before any read; may contact the source (e.g. to list a database's tables).
     */
    List<String> listTables();

    /**
     * The table's schema, as Spark types. Must return an equal value every time it is called with
     * the same arguments; top-level field names are unique. Nullable fields may be missing or
     * {@code null} in records; non-nullable fields must be present in every record read by
     * {@link #readTable}.
     *
     * @param tableName    one of {@link #listTables()}
     * @param tableOptions per-table options from the pipeline spec or the test; never {@code null}
     * @throws IllegalArgumentException eagerly, for an unknown table
     */
    StructType getTableSchema(String tableName, Map<String, String> tableOptions);

    /**
     * The table's primary keys, cursor field and ingestion type (see {@link TableMetadata} for the
     * rules). Must return an equal value every time it is called with the same arguments.
     *
     * @throws IllegalArgumentException eagerly, for an unknown table
     */
    TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions);

    /**
     * Reads the next batch of records after {@code startOffset}. See the class comment for the
     * offset loop and its termination.
     *
     * @param tableName    one of {@link #listTables()}
     * @param startOffset  {@link Offset#empty()} on the first call, then the offset a previous call
     *                     returned (maybe by another instance, in another process); never {@code null}
     * @param tableOptions per-table options; never {@code null}
     * @return the batch's records and the offset to start the next read from
     * @throws IllegalArgumentException eagerly, for an unknown table
     */
    ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions);

    /**
     * Reads records deleted after {@code startOffset}, for {@link IngestionType#CDC_WITH_DELETES}
     * tables, with the same offset loop as {@link #readTable} (and its own, separate offsets).
     * Each record carries at least the primary keys and the cursor field; other fields may be
     * {@code null}.
     *
     * <p>The default throws {@link UnsupportedOperationException}: a connector that declares a
     * {@code cdc_with_deletes} table must override it (the testkit checks this).
     *
     * @throws IllegalArgumentException eagerly, for an unknown table
     */
    default ReadResult readTableDeletes(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        throw new UnsupportedOperationException("readTableDeletes is required for cdc_with_deletes tables");
    }

    /**
     * Releases connections and threads. Called once when the framework is done with the instance;
     * the default does nothing. Must not throw checked exceptions.
     */
    @Override
    default void close() {
    }
}
