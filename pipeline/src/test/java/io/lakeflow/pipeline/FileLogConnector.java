package io.lakeflow.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.TableMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A test connector whose source is a folder of JSON-lines files, so that a pipeline in another
 * process (the crash tests) sees the same source. Each cdc/append table is a change log
 * {@code <table>.jsonl} (one record per line; the line number is the offset); deletes are
 * {@code <table>.deletes.jsonl}; the snapshot table {@code products.jsonl} is the whole table.
 * Reads return at most {@code batch_size} (table option, default 4) lines and stop at the line
 * count seen at the instance's first read of the table (the run's high-water mark).
 */
public final class FileLogConnector implements LakeflowConnect {

    static final ObjectMapper JSON = new ObjectMapper();

    record Table(StructType schema, TableMetadata metadata) {
    }

    static final Map<String, Table> TABLES = Map.of(
            "products", new Table(new StructType().add("id", DataTypes.LongType, false)
                    .add("name", DataTypes.StringType).add("price", DataTypes.DoubleType),
                    TableMetadata.snapshot("id")),
            "events", new Table(new StructType().add("seq", DataTypes.LongType, false)
                    .add("kind", DataTypes.StringType).add("payload", DataTypes.StringType),
                    TableMetadata.append("seq")),
            "users", new Table(new StructType().add("id", DataTypes.LongType, false)
                    .add("name", DataTypes.StringType).add("updated_at", DataTypes.LongType, false)
                    .add("tags", DataTypes.createArrayType(DataTypes.StringType))
                    .add("address", new StructType().add("city", DataTypes.StringType).add("zip", DataTypes.StringType)),
                    TableMetadata.cdc("updated_at", "id")),
            "orders", new Table(new StructType().add("id", DataTypes.LongType, false)
                    .add("amount", DataTypes.createDecimalType(10, 2)).add("status", DataTypes.StringType)
                    .add("updated_at", DataTypes.LongType, false),
                    TableMetadata.cdcWithDeletes("updated_at", "id")));

    private final Path dir;
    private final Map<String, Integer> highWater = new HashMap<>();

    /** @param options {@code dir}: the source folder */
    public FileLogConnector(Map<String, String> options) {
        String d = options.get("dir");
        if (d == null) {
            throw new IllegalArgumentException("filelog needs the option 'dir'");
        }
        this.dir = Path.of(d);
    }

    @Override
    public List<String> listTables() {
        return List.of("events", "orders", "products", "users");
    }

    private Table table(String name) {
        Table t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("filelog has no table '" + name + "'");
        }
        return t;
    }

    /**
     * The table's schema; for tests of schema changes, the table option {@code add_column} adds a
     * nullable string column of that name and {@code string_cursor=true} declares
     * {@code updated_at} as a string.
     */
    @Override
    public StructType getTableSchema(String tableName, Map<String, String> tableOptions) {
        StructType schema = table(tableName).schema();
        if (tableOptions.containsKey("add_column")) {
            schema = schema.add(tableOptions.get("add_column"), DataTypes.StringType, true);
        }
        if ("true".equals(tableOptions.get("string_cursor"))) {
            StructType changed = new StructType();
            for (var f : schema.fields()) {
                changed = changed.add(f.name(), f.name().equals("updated_at") ? DataTypes.StringType : f.dataType(),
                        f.nullable());
            }
            schema = changed;
        }
        return schema;
    }

    @Override
    public TableMetadata readTableMetadata(String tableName, Map<String, String> tableOptions) {
        return table(tableName).metadata();
    }

    @Override
    public ReadResult readTable(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        table(tableName);
        if (tableName.equals("products")) {
            return ReadResult.of(lines(dir.resolve("products.jsonl")), null);
        }
        return readLog(tableName, tableName + ".jsonl", startOffset, tableOptions);
    }

    @Override
    public ReadResult readTableDeletes(String tableName, Offset startOffset, Map<String, String> tableOptions) {
        if (!tableName.equals("orders")) {
            throw new UnsupportedOperationException("only orders has deletes");
        }
        return readLog(tableName + "#deletes", tableName + ".deletes.jsonl", startOffset, tableOptions);
    }

    private ReadResult readLog(String key, String file, Offset start, Map<String, String> tableOptions) {
        List<Map<String, Object>> all = lines(dir.resolve(file));
        int limit = highWater.computeIfAbsent(key, k -> all.size());
        int from = start.isEmpty() ? 0 : ((Number) start.get("line")).intValue();
        int batch = Integer.parseInt(tableOptions.getOrDefault("batch_size", "4"));
        int to = Math.min(limit, from + batch);
        if (to <= from) {
            return ReadResult.empty(start);
        }
        return ReadResult.of(new ArrayList<>(all.subList(from, to)), Offset.of("line", to));
    }

    static List<Map<String, Object>> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() {}));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
