package io.lakeflow.pipeline.bench;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.SupportsPartitionedStream;
import io.lakeflow.connect.TableMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generates example-like records in memory, deterministically, for benchmarks: {@code events}
 * (append, cursor {@code seq}), {@code users} (cdc, key {@code id}, cursor {@code updated_at}),
 * both read through the plain offset loop, and {@code events_partitioned} (the same records as
 * {@code events}, append, read as a {@link SupportsPartitionedStream}: each micro-batch split into
 * partitions read in parallel on executors). Table options: {@code records} (how many, default
 * 1000000), {@code batch_size} (records per read, default 50000; for {@code events_partitioned}
 * records per partition), {@code records_per_batch} (for {@code events_partitioned}: records per
 * micro-batch, default 250000). Offsets are {@code {"next": n}}.
 */
public final class SyntheticConnector implements LakeflowConnect, SupportsPartitionedStream {

    /** The table read as a partitioned stream. */
    public static final String PARTITIONED = "events_partitioned";

    /** The schema of both tables. */
    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("seq", DataTypes.LongType, false)
            .add("name", DataTypes.StringType)
            .add("email", DataTypes.StringType)
            .add("amount", DataTypes.createDecimalType(12, 2))
            .add("updated_at", DataTypes.TimestampType, false)
            .add("active", DataTypes.BooleanType)
            .add("tags", DataTypes.createArrayType(DataTypes.StringType))
            .add("address", new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.StringType));

    private static final long EPOCH = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

    /** @param options ignored: the records need no connection */
    public SyntheticConnector(Map<String, String> options) {
    }

    @Override
    public List<String> listTables() {
        return List.of("events", "users", PARTITIONED);
    }

    private static void check(String table) {
        if (!table.equals("events") && !table.equals("users") && !table.equals(PARTITIONED)) {
            throw new IllegalArgumentException("synthetic has no table '" + table + "'; it has events, users, "
                    + PARTITIONED);
        }
    }

    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        check(tableName);
        return SCHEMA;
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        check(tableName);
        return tableName.equals("users") ? TableMetadata.cdc("updated_at", "id") : TableMetadata.append("seq");
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        check(tableName);
        long total = Long.parseLong(tableOptions.getOrDefault("records", "1000000"));
        long batch = Long.parseLong(tableOptions.getOrDefault("batch_size", "50000"));
        long from = next(startOffset);
        long to = Math.min(total, from + batch);
        if (to <= from) {
            return ReadResult.empty(startOffset);
        }
        return new ReadResult(records(from, to), Offset.of("next", to));
    }

    private static long next(Offset offset) {
        return offset == null || offset.isEmpty() ? 0 : ((Number) offset.get("next")).longValue();
    }

    private static long option(Map<String, String> tableOptions, String name, long fallback) {
        return Long.parseLong(tableOptions.getOrDefault(name, String.valueOf(fallback)));
    }

    /** Records {@code [from, to)}, generated as they are iterated. */
    private static Iterator<Map<String, Object>> records(long from, long to) {
        return new Iterator<>() {
            long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Map<String, Object> next() {
                if (next >= to) {
                    throw new java.util.NoSuchElementException();
                }
                return record(next++);
            }
        };
    }

    @Override
    public boolean isPartitioned(String tableName) {
        return tableName.equals(PARTITIONED);
    }

    @Override
    public Offset latestOffset(String tableName, Map<String, String> tableOptions, Offset startOffset) {
        check(tableName);
        long total = option(tableOptions, "records", 1_000_000);
        long end = Math.min(total, next(startOffset) + option(tableOptions, "records_per_batch", 250_000));
        return end == next(startOffset) && startOffset != null ? startOffset : Offset.of("next", end);
    }

    @Override
    public List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions,
                                                   Offset startOffset, Offset endOffset) {
        check(tableName);
        return slices(next(startOffset), next(endOffset), option(tableOptions, "batch_size", 50_000));
    }

    @Override
    public List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions) {
        check(tableName);
        return slices(0, option(tableOptions, "records", 1_000_000), option(tableOptions, "batch_size", 50_000));
    }

    private static List<Map<String, Object>> slices(long from, long to, long size) {
        List<Map<String, Object>> slices = new ArrayList<>();
        for (long start = from; start < to; start += size) {
            slices.add(Map.of("from", start, "to", Math.min(to, start + size)));
        }
        return slices;
    }

    @Override
    public Iterator<Map<String, Object>> readPartition(String tableName, Map<String, Object> partition,
                                                       Map<String, String> tableOptions) {
        check(tableName);
        return records(((Number) partition.get("from")).longValue(), ((Number) partition.get("to")).longValue());
    }

    /** {@code n} (below 100,000) as five digits, zero-padded: {@code String.format("%05d")} without its cost. */
    private static String zip(long n) {
        char[] digits = new char[5];
        for (int i = 4; i >= 0; i--) {
            digits[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new String(digits);
    }

    /** Record number {@code n}, as JSON-like values (the same the benchmark writes as JSON lines). */
    public static Map<String, Object> record(long n) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", n % 200_000);
        r.put("seq", n);
        r.put("name", "user " + n);
        r.put("email", "user" + n + "@example.com");
        r.put("amount", (n % 100_000) / 100.0);
        r.put("updated_at", Instant.ofEpochSecond(EPOCH + n).toString());
        r.put("active", n % 3 != 0);
        List<Object> tags = new ArrayList<>(2);
        tags.add("t" + (n % 7));
        tags.add("g" + (n % 11));
        r.put("tags", tags);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("city", "city" + (n % 97));
        address.put("zip", zip(n % 100_000));
        r.put("address", address);
        return r;
    }
}
