package io.lakeflow.pipeline.source;

import io.lakeflow.connect.ConnectionParameter;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The options of one {@code lakeflow_connect} read, split into what the framework uses and what
 * goes to the connector. Serializable: it travels to executors, which build their own connector.
 *
 * <p>Reserved options: {@code connector} (provider name, required), {@code tableName} (required),
 * {@code isDeleteFlow} ({@code true} reads {@code readTableDeletes}), {@code maxRecordsPerBatch}
 * (records read on the driver per streaming micro-batch, default 100000), {@code maxBytesPerBatch}
 * (the same cap in bytes of Spark's binary rows, default 256 MiB: a batch of wide rows stops
 * early rather than fill the driver's memory), {@code startingOffset} (a stream whose checkpoint
 * holds no offset yet starts at this connector offset, as JSON, instead of at the beginning),
 * {@code maxRecordsPerDrain} (a batch read of the offset loop stops after the read that reaches
 * this many records), {@code drainReport} (set by the pipeline: where a batch drain stopped is
 * reported to the driver under this id, see {@link DrainReports}), and the special
 * tables' {@code tableNameList}, {@code tableConfigs}, {@code namespace}, {@code namespacePrefix}.
 * Every other option is a connection option when the provider declares a connection parameter of
 * that name, and a table option otherwise; the prefixes {@code connection.} and {@code table.}
 * force either.
 *
 * @param connector          the provider name
 * @param connectionOptions  options for the connector's constructor (may hold secrets)
 * @param tableName          the source table
 * @param tableOptions       options for the table's reads
 * @param deleteFlow         whether the read returns deletes
 * @param maxRecordsPerBatch cap on the records one streaming micro-batch gathers on the driver
 * @param maxBytesPerBatch   cap on the bytes (in Spark's binary row format) of those records
 * @param framework          the reserved options of the special tables, as given
 */
public record SourceOptions(String connector, Map<String, String> connectionOptions, String tableName,
                            Map<String, String> tableOptions, boolean deleteFlow, int maxRecordsPerBatch,
                            long maxBytesPerBatch,
                            Map<String, String> framework) implements Serializable {

    /** Default of {@code maxRecordsPerBatch}. */
    public static final int DEFAULT_MAX_RECORDS_PER_BATCH = 100_000;

    /** Default of {@code maxBytesPerBatch}: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES_PER_BATCH = 256L << 20;

    private static final Set<String> RESERVED = Set.of("connector", "tablename", "isdeleteflow",
            "maxrecordsperbatch", "maxbytesperbatch", "startingoffset", "maxrecordsperdrain", "drainreport", "tablenamelist", "tableconfigs", "namespace", "namespaceprefix", "path");

    /** Copies the maps into serializable, ordered ones. */
    public SourceOptions {
        connectionOptions = Collections.unmodifiableMap(new TreeMap<>(connectionOptions));
        tableOptions = Collections.unmodifiableMap(new TreeMap<>(tableOptions));
        framework = Collections.unmodifiableMap(new TreeMap<>(framework));
    }

    /**
     * Splits Spark's options (original case).
     *
     * @throws IllegalArgumentException when {@code connector} or {@code tableName} is missing or a
     *                                  reserved option is malformed
     */
    public static SourceOptions parse(Map<String, String> options) {
        Map<String, String> byLower = new LinkedHashMap<>();
        options.forEach((k, v) -> byLower.put(k.toLowerCase(Locale.ROOT), v));
        String connector = byLower.get("connector");
        if (connector == null || connector.isBlank()) {
            throw new IllegalArgumentException("lakeflow_connect needs the option 'connector' (a connector name). "
                    + "Fix: .option(\"connector\", \"example\").");
        }
        String table = byLower.get("tablename");
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("lakeflow_connect needs the option 'tableName' (the source table, or "
                    + "one of " + String.join(", ", SpecialTable.names()) + "). Fix: .option(\"tableName\", \"users\").");
        }
        LakeflowConnectorProvider provider = LakeflowConnectorProvider.find(connector);
        Set<String> declared = new java.util.HashSet<>();
        for (ConnectionParameter p : provider.connectionParameters()) {
            declared.add(p.name());
        }
        Map<String, String> connection = new TreeMap<>();
        Map<String, String> tableOptions = new TreeMap<>();
        Map<String, String> framework = new TreeMap<>();
        options.forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (RESERVED.contains(lower)) {
                framework.put(lower, value);
            } else if (lower.startsWith("connection.")) {
                connection.put(key.substring("connection.".length()), value);
            } else if (lower.startsWith("table.")) {
                tableOptions.put(key.substring("table.".length()), value);
            } else if (declared.contains(key)) {
                connection.put(key, value);
            } else {
                tableOptions.put(key, value);
            }
        });
        boolean delete = parseBoolean(byLower.getOrDefault("isdeleteflow", "false"), "isDeleteFlow");
        int max = (int) positive(byLower, "maxRecordsPerBatch", DEFAULT_MAX_RECORDS_PER_BATCH, Integer.MAX_VALUE,
                "100000");
        long maxBytes = positive(byLower, "maxBytesPerBatch", DEFAULT_MAX_BYTES_PER_BATCH, Integer.MAX_VALUE - 16L,
                "268435456");
        positive(byLower, "maxRecordsPerDrain", Long.MAX_VALUE, Long.MAX_VALUE, "1000000");
        String starting = byLower.get("startingoffset");
        if (starting != null) {
            try {
                Offset.fromJson(starting);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Option 'startingOffset' must be a connector offset as a JSON "
                        + "object, got '" + starting + "' (" + e.getMessage() + "). Fix: e.g. .option(\"startingOffset\", "
                        + "\"{\\\"cursor\\\": 42}\").", e);
            }
        }
        return new SourceOptions(connector, connection, table, tableOptions, delete, max, maxBytes, framework);
    }

    /** Where a stream with a fresh checkpoint starts: {@code startingOffset}, else the beginning. */
    public Offset startingOffset() {
        String json = framework.get("startingoffset");
        return json == null ? Offset.empty() : Offset.fromJson(json);
    }

    /** How many records a batch drain reads at most (it stops at the end of the read that reaches it). */
    public long maxRecordsPerDrain() {
        String text = framework.get("maxrecordsperdrain");
        return text == null ? Long.MAX_VALUE : Long.parseLong(text.trim());
    }

    /** The id a batch drain reports its end under ({@link DrainReports}), or {@code null}. */
    public String drainReport() {
        return framework.get("drainreport");
    }

    /** A positive whole-number option no larger than {@code limit}, or its default. */
    private static long positive(Map<String, String> byLower, String name, long fallback, long limit,
                                 String example) {
        String text = byLower.get(name.toLowerCase(Locale.ROOT));
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > limit) {
            throw new IllegalArgumentException("Option '" + name + "' must be a whole number from 1 to " + limit
                    + ", got '" + text + "'. Fix: e.g. .option(\"" + name + "\", \"" + example + "\").");
        }
        return value;
    }

    private static boolean parseBoolean(String text, String name) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("Option '" + name + "' must be true or false, got '" + text + "'.");
    }

    /** The provider of {@link #connector()}. */
    public LakeflowConnectorProvider provider() {
        return LakeflowConnectorProvider.find(connector);
    }

    /** A new connector instance built from the connection options; the caller closes it. */
    public LakeflowConnect openConnector() {
        return provider().create(connectionOptions);
    }

    /** A reserved option of the special tables, or {@code null}. */
    public String frameworkOption(String lowerCaseName) {
        return framework.get(lowerCaseName);
    }

    /**
     * Whether a stream of this read uses the connector's partitions ({@link SupportsPartitionedStream}
     * and a partitioned table) rather than the offset loop. The delete flow always uses the offset
     * loop: partitions carry no deletes.
     */
    public boolean streamsPartitioned() {
        if (deleteFlow || specialTable() != null) {
            return false;
        }
        try (LakeflowConnect connector = openConnector()) {
            return connector instanceof SupportsPartitionedStream p && p.isPartitioned(tableName);
        }
    }

    /** The special table named by {@link #tableName()}, or {@code null} for a connector table. */
    public SpecialTable specialTable() {
        return SpecialTable.byName(tableName);
    }

    /** Connection options with secrets masked, for messages. */
    public Map<String, String> redactedConnectionOptions() {
        return provider().redact(connectionOptions);
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "SourceOptions[connector=" + connector + ", table=" + tableName + (deleteFlow ? " (deletes)" : "")
                + ", connection=" + redactedConnectionOptions() + ", tableOptions=" + tableOptions + "]";
    }
}
