package io.lakeflow.pipeline.bench;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
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
 * (append, cursor {@code seq}) and {@code users} (cdc, key {@code id}, cursor {@code updated_at}).
 * Table options: {@code records} (how many, default 1000000), {@code batch_size} (per read,
 * default 50000). Offsets are {@code {"next": n}}.
 */
public final class SyntheticConnector implements LakeflowConnect {

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
        return List.of("events", "users");
    }

    private static void check(String table) {
        if (!table.equals("events") && !table.equals("users")) {
            throw new IllegalArgumentException("synthetic has no table '" + table + "'; it has events, users");
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
        return tableName.equals("events") ? TableMetadata.append("seq") : TableMetadata.cdc("updated_at", "id");
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        check(tableName);
        long total = Long.parseLong(tableOptions.getOrDefault("records", "1000000"));
        long batch = Long.parseLong(tableOptions.getOrDefault("batch_size", "50000"));
        long from = startOffset.isEmpty() ? 0 : ((Number) startOffset.get("next")).longValue();
        long to = Math.min(total, from + batch);
        if (to <= from) {
            return ReadResult.empty(startOffset);
        }
        Iterator<Map<String, Object>> records = new Iterator<>() {
            long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Map<String, Object> next() {
                return record(next++);
            }
        };
        return new ReadResult(records, Offset.of("next", to));
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
        address.put("zip", String.format("%05d", n % 100_000));
        r.put("address", address);
        return r;
    }
}
