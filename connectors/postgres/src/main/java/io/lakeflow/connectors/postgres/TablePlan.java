package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How one table is read, decided from its catalog entry and its table options:
 * <ul>
 *   <li>{@code ingestion_type}: {@code cdc_with_deletes} (default with a primary key: logical
 *       replication), {@code cdc} (needs {@code cursor_field}: pages ordered by that column, no
 *       deletes) or {@code snapshot} (default without a primary key);</li>
 *   <li>{@code cursor_field}: the column for {@code cdc};</li>
 *   <li>{@code batch_size}: rows per {@code cdc} page (default 10000);</li>
 *   <li>{@code wal_bytes_per_batch}: WAL decoded per change batch (default 16 MiB);</li>
 *   <li>{@code partitions}: key ranges of a partitioned read (default from the table's size).</li>
 * </ul>
 *
 * @param info     the table
 * @param type     its ingestion type
 * @param keys     the key columns (primary key; else a unique index over NOT NULL columns; else all columns)
 * @param cursor   the cursor field, or {@code null} for snapshot tables
 * @param batchSize   rows per cdc page
 * @param walBytes    WAL bytes decoded per change batch
 * @param partitions  requested number of partitions, 0 for automatic
 */
record TablePlan(TableInfo info, IngestionType type, List<String> keys, String cursor, int batchSize, long walBytes,
                 int partitions) {

    /**
     * The plan for {@code info} under {@code options}.
     *
     * @throws IllegalArgumentException for table options that do not fit the table, saying which
     */
    static TablePlan of(TableInfo info, Map<String, String> options) {
        String name = info.name();
        String typeOption = options.get("ingestion_type");
        IngestionType type;
        if (typeOption == null || typeOption.isBlank()) {
            type = info.primaryKeys().isEmpty() ? IngestionType.SNAPSHOT : IngestionType.CDC_WITH_DELETES;
        } else {
            type = IngestionType.fromConfigName(typeOption);
        }
        if (type == IngestionType.APPEND) {
            throw new IllegalArgumentException("Table " + name + ": ingestion_type=append is not supported by the "
                    + "PostgreSQL connector. Fix: use cdc with a cursor_field, cdc_with_deletes or snapshot.");
        }
        List<String> keys = !info.primaryKeys().isEmpty() ? info.primaryKeys()
                : !info.uniqueKeys().isEmpty() ? info.uniqueKeys()
                : info.columns().stream().map(Column::name).toList();
        String cursor = null;
        if (type == IngestionType.CDC_WITH_DELETES) {
            if (info.primaryKeys().isEmpty()) {
                throw new IllegalArgumentException("Table " + name + " has no primary key, which change capture "
                        + "(cdc_with_deletes) needs to identify rows in the WAL. Fix: add a primary key, or set the table "
                        + "option ingestion_type=snapshot.");
            }
            cursor = PostgresConnector.LSN_COLUMN;
        } else if (type == IngestionType.CDC) {
            cursor = options.get("cursor_field");
            if (cursor == null || cursor.isBlank()) {
                throw new IllegalArgumentException("Table " + name + ": ingestion_type=cdc needs the table option "
                        + "cursor_field (a column that grows on every insert and update, e.g. updated_at).");
            }
            if (info.column(cursor).isEmpty()) {
                throw new IllegalArgumentException("Table " + name + ": cursor_field '" + cursor + "' is not a column; "
                        + "columns are " + info.columns().stream().map(Column::name).toList() + ".");
            }
            if (info.primaryKeys().isEmpty() && info.uniqueKeys().isEmpty()) {
                throw new IllegalArgumentException("Table " + name + " has no primary key or unique NOT NULL index, "
                        + "which cdc needs to page through rows with equal cursor values. Fix: add one, or use snapshot.");
            }
        }
        return new TablePlan(info, type, keys, cursor, intOption(options, "batch_size", 10_000, name),
                intOption(options, "wal_bytes_per_batch", 16 << 20, name), intOption(options, "partitions", 0, name));
    }

    /** The metadata the framework sees. */
    TableMetadata metadata() {
        return new TableMetadata(keys, cursor, type);
    }

    /** The table's columns as Spark fields, plus the LSN cursor for change-captured tables. */
    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (Column c : info.columns()) {
            fields.add(DataTypes.createStructField(c.name(), c.type().sparkType(), c.nullable()));
        }
        if (type == IngestionType.CDC_WITH_DELETES) {
            fields.add(DataTypes.createStructField(PostgresConnector.LSN_COLUMN, DataTypes.LongType, false));
        }
        return DataTypes.createStructType(fields);
    }

    private static int intOption(Map<String, String> options, String key, int fallback, String table) {
        String v = options.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Table " + table + ": option " + key + " must be a non-negative whole "
                    + "number, got '" + v + "'.");
        }
    }
}
