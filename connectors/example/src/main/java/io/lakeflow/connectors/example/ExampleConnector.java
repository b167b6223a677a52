package io.lakeflow.connectors.example;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.SupportsPartitionedStream;
import io.lakeflow.connect.TableMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.spark.sql.types.StructType;

/**
 * The reference connector: reads the example API ({@link ExampleSourceServer}).
 *
 * <h2>Options</h2>
 * See {@link ExampleConnectorOptions}. Without {@code base_url} it starts (or reuses) the
 * process-wide embedded source, so {@code new ExampleConnector(Map.of())} works with no setup.
 *
 * <h2>How reads work</h2>
 * <ul>
 *   <li><b>Cursor tables</b> (cdc, cdc_with_deletes, append): the offset is the last record read,
 *       {@code {"cursor": ..., "id": ...}} ({@link CompositeCursor}); the API returns rows strictly
 *       after it in {@code (cursor, id)} order, so ties on the cursor are never lost or repeated.
 *       A batch holds at most {@code max_records_per_batch} records, fetched in pages of
 *       {@code page_size}.</li>
 *   <li><b>Termination</b>: on the instance's first read of a table (and on every read starting
 *       from {@link Offset#empty()}, which begins a new run) the connector reads the table's
 *       high-water mark ({@code GET /tables/{t}/watermark}) and reads nothing after it. Rows
 *       written meanwhile get later cursors, so the run ends; a later run (a fresh instance)
 *       picks them up from the stored offset.</li>
 *   <li><b>Snapshot tables</b> ({@code products}): one batch holding the whole table, paged lazily
 *       while iterated, and a {@code null} offset ("the whole table was returned").</li>
 *   <li><b>Deletes</b> ({@code orders}): {@link #readTableDeletes} pages the API's tombstones with
 *       offsets of the same form, kept apart from the records' offsets; each tombstone becomes a
 *       record holding the key and the cursor (the deletion time).</li>
 *   <li><b>Partitions</b>: {@code metrics} is streamed through partitions (time windows between
 *       two {@code {"cursor": ...}} offsets). Batch partitions: one per table, time windows for
 *       {@code metrics}.</li>
 *   <li><b>Retries</b>: a request answered 429 or 5xx is retried up to {@code max_retries} times,
 *       honouring {@code Retry-After} ({@link io.lakeflow.http.RetryInterceptor}).</li>
 * </ul>
 */
public class ExampleConnector implements LakeflowConnect, SupportsPartitionedStream {

    /** How many time windows a partitioned read of {@code metrics} is split into, at most. */
    static final int PARTITIONS = 4;

    private final ExampleConnectorOptions options;
    private final String baseUrl;
    private final ExampleApiClient api;
    /** High-water marks by table, for records and for deletes, taken when a run starts. */
    private final Map<String, String> recordCaps = new HashMap<>();
    private final Map<String, String> deleteCaps = new HashMap<>();

    /**
     * @param options connection options (see {@link ExampleConnectorOptions})
     * @throws IllegalArgumentException naming the option, for a missing or malformed option
     */
    public ExampleConnector(Map<String, String> options) {
        this.options = ExampleConnectorOptions.parse(options);
        String token = this.options.token();
        String url = this.options.baseUrl();
        if (url == null) {
            ExampleServerConfig.Builder config = ExampleServerConfig.builder();
            if (token != null) {
                config.token(token);
            }
            ExampleSourceServer embedded = ExampleSourceServer.shared(config.build());
            url = embedded.baseUrl();
            token = embedded.token();
        }
        this.baseUrl = url;
        this.api = new ExampleApiClient(url, token, this.options.maxRetries());
    }

    @Override
    public List<String> listTables() {
        return ExampleCatalog.names();
    }

    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        return ExampleCatalog.table(tableName).schema();
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        return ExampleCatalog.table(tableName).metadata();
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        ExampleTable table = ExampleCatalog.table(tableName);
        Objects.requireNonNull(startOffset, "startOffset (use Offset.empty() for a first read)");
        if (!table.hasCursor()) {
            // Snapshot: the whole table in one lazily paged batch; null says "that was all of it".
            return new ReadResult(new PagedRecords(request -> api.records(tableName, request),
                    PageRequest.first(options.pageSize()), null, table.keyField(), Long.MAX_VALUE), null);
        }
        return readAfter(table, startOffset, recordCaps, api::records);
    }

    @Override
    public ReadResult readTableDeletes(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        ExampleTable table = ExampleCatalog.table(tableName);
        Objects.requireNonNull(startOffset, "startOffset (use Offset.empty() for a first read)");
        if (!table.keepsDeletes()) {
            throw new UnsupportedOperationException("Table " + tableName + " is " + table.ingestionType()
                    + " and reports no deletes; only cdc_with_deletes tables do ("
                    + String.join(", ", ExampleCatalog.tables().stream().filter(ExampleTable::keepsDeletes)
                    .map(ExampleTable::name).toList()) + ").");
        }
        ReadResult tombstones = readAfter(table, startOffset, deleteCaps, api::deletedRecords);
        // A tombstone also carries deleted_at (equal to the cursor); records keep the schema's fields only.
        Set<String> fields = Set.of(table.schema().fieldNames());
        List<Map<String, Object>> records = new ArrayList<>();
        tombstones.records().forEachRemaining(t -> {
            Map<String, Object> record = new LinkedHashMap<>(t);
            record.keySet().retainAll(fields);
            records.add(record);
        });
        return ReadResult.of(records, tombstones.offset());
    }

    /**
     * One batch of a cursor table (or of its tombstones): the records strictly after the offset,
     * up to the run's high-water mark, at most {@code max_records_per_batch} of them.
     */
    private ReadResult readAfter(ExampleTable table, Offset startOffset, Map<String, String> caps,
                                 BiFunction<String, PageRequest, Page> fetch) {
        CompositeCursor from = CompositeCursor.fromOffset(startOffset, table.name());
        if (from == null || !caps.containsKey(table.name())) {
            caps.put(table.name(), api.watermark(table.name()));
        }
        String cap = caps.get(table.name());
        // Past the mark: done without a request. At the mark exactly, rows tied with the last one
        // read may remain, so the request below still runs.
        if (cap == null || from != null && CursorTime.parse(from.cursor()).isAfter(CursorTime.parse(cap))) {
            return ReadResult.empty(startOffset);
        }
        PageRequest first = new PageRequest(from == null ? null : from.cursor(), from == null ? null : from.id(),
                cap, options.pageSize());
        Iterator<Map<String, Object>> pages = new PagedRecords(request -> fetch.apply(table.name(), request), first,
                table.cursorField(), table.keyField(), options.maxRecordsPerBatch());
        List<Map<String, Object>> records = new ArrayList<>();
        pages.forEachRemaining(records::add);
        if (records.isEmpty()) {
            return ReadResult.empty(startOffset);
        }
        CompositeCursor last = CompositeCursor.of(records.get(records.size() - 1), table.cursorField(), table.keyField());
        return ReadResult.of(records, last.toOffset());
    }

    // ---- SupportsPartitionedStream ----

    @Override
    public boolean isPartitioned(String tableName) {
        return ExampleCatalog.table(tableName).partitioned();
    }

    /**
     * One partition per table ({@code {}} for the snapshot table: all of it; {@code {"since": null,
     * "until": <high-water mark>}} for cursor tables), and up to {@value #PARTITIONS} time windows
     * for partitioned tables.
     */
    @Override
    public List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions) {
        ExampleTable table = ExampleCatalog.table(tableName);
        if (!table.hasCursor()) {
            return List.of(Map.of());
        }
        String until = api.watermark(tableName);
        if (until == null) {
            return List.of();
        }
        return table.partitioned() ? TimeWindows.split(null, firstCursor(table, until), until, PARTITIONS)
                : TimeWindows.split(null, null, until, 1);
    }

    /**
     * The table's high-water mark as {@code {"cursor": ...}}, or {@code startOffset} when nothing
     * was written after it. A table without any row yet starts at the epoch.
     */
    @Override
    public Offset latestOffset(String tableName, Map<String, String> tableOptions, Offset startOffset) {
        ExampleTable table = requireCursor(tableName);
        String mark = api.watermark(table.name());
        if (mark == null) {
            return startOffset != null ? startOffset : Offset.of("cursor", CursorTime.format(Instant.EPOCH));
        }
        if (startOffset != null && !CursorTime.parse(streamCursor(startOffset, tableName)).isBefore(CursorTime.parse(mark))) {
            return startOffset;
        }
        return Offset.of("cursor", mark);
    }

    @Override
    public List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions,
                                                   Offset startOffset, Offset endOffset) {
        ExampleTable table = requireCursor(tableName);
        Objects.requireNonNull(endOffset, "endOffset");
        String until = streamCursor(endOffset, tableName);
        String since = startOffset == null ? null : streamCursor(startOffset, tableName);
        if (since != null && !CursorTime.parse(since).isBefore(CursorTime.parse(until))) {
            return List.of();
        }
        int count = table.partitioned() ? PARTITIONS : 1;
        return TimeWindows.split(since, since == null && count > 1 ? firstCursor(table, until) : null, until, count);
    }

    /**
     * Reads one partition: the records whose cursor is after {@code since} (absent or {@code null}:
     * from the beginning) and at or before {@code until} (absent: no bound), paged lazily.
     */
    @Override
    public Iterator<Map<String, Object>> readPartition(String tableName, Map<String, Object> partition,
                                                       Map<String, String> tableOptions) {
        ExampleTable table = ExampleCatalog.table(tableName);
        Object since = partition.get("since");
        Object until = partition.get("until");
        if (!(since == null || since instanceof String) || !(until == null || until instanceof String)
                || !table.hasCursor() && (since != null || until != null)) {
            throw new IllegalArgumentException("Table " + tableName + ": partition " + partition + " is not one the "
                    + "example connector returns; expected {\"since\": <timestamp or null>, \"until\": <timestamp>}"
                    + (table.hasCursor() ? "" : " or {} for this table") + ". Fix: pass a descriptor from getPartitions.");
        }
        PageRequest first = new PageRequest(since == null ? null : CursorTime.canonical((String) since), null,
                until == null ? null : CursorTime.canonical((String) until), options.pageSize());
        return new PagedRecords(request -> api.records(tableName, request), first, table.cursorField(),
                table.keyField(), Long.MAX_VALUE);
    }

    @Override
    public void close() {
        api.close();
    }

    /** Shows where the connector reads and its settings, never the token. */
    @Override
    public String toString() {
        return "ExampleConnector{base_url=" + baseUrl + ", options=" + options + "}";
    }

    private String firstCursor(ExampleTable table, String until) {
        Page first = api.records(table.name(), new PageRequest(null, null, until, 1));
        return first.records().isEmpty() ? null : (String) first.records().get(0).get(table.cursorField());
    }

    private static ExampleTable requireCursor(String tableName) {
        ExampleTable table = ExampleCatalog.table(tableName);
        if (!table.hasCursor()) {
            throw new IllegalArgumentException("Table " + tableName + " is a snapshot table without a cursor: it has "
                    + "no stream offsets. Fix: read it with readTable (isPartitioned(\"" + tableName + "\") is false).");
        }
        return table;
    }

    private static String streamCursor(Offset offset, String table) {
        if (offset.asMap().size() == 1 && offset.get("cursor") instanceof String cursor) {
            try {
                return CursorTime.canonical(cursor);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("Table " + table + ": stream offset " + offset.toJson() + " is not one the "
                + "example connector writes; expected {\"cursor\": <ISO-8601 timestamp>}. "
                + "Fix: pass back an offset returned by latestOffset for this table.");
    }
}
