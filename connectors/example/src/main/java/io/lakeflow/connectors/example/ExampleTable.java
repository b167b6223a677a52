package io.lakeflow.connectors.example;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The definition of one example table, shared by the source (which serves it) and the connector
 * (which declares it): columns, key, cursor, ingestion type, seeded size and whether it is read
 * through partitions.
 *
 * @param name          the table name, as in {@code /tables/{name}/records}
 * @param columns       every column, in schema order; the first is the key
 * @param cursorField   the column the source stamps on every write, or {@code null} (snapshot tables)
 * @param ingestionType how the table is ingested
 * @param seededRows    how many rows the source creates at start (unless its config says otherwise)
 * @param partitioned   whether the connector streams it through partitions rather than the offset loop
 */
public record ExampleTable(String name, List<ExampleColumn> columns, String cursorField,
                           IngestionType ingestionType, int seededRows, boolean partitioned) {

    /** Copies the columns and checks that the cursor is one of them. */
    public ExampleTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(ingestionType, "ingestionType");
        if (cursorField != null && columns.stream().noneMatch(c -> c.name().equals(cursorField))) {
            throw new IllegalArgumentException("Table " + name + ": cursor " + cursorField + " is not a column");
        }
    }

    /** The primary key column: always the first column, a non-null integer. */
    public String keyField() {
        return columns.get(0).name();
    }

    /** Whether the table has a cursor (every table but the snapshot one). */
    public boolean hasCursor() {
        return cursorField != null;
    }

    /** Whether the source keeps tombstones of deleted rows, served at {@code /tables/{name}/deleted_records}. */
    public boolean keepsDeletes() {
        return ingestionType == IngestionType.CDC_WITH_DELETES;
    }

    /** The Spark schema, built from the columns. */
    public StructType schema() {
        return new StructType(columns.stream().map(ExampleColumn::field).toArray(StructField[]::new));
    }

    /** The metadata the connector reports: key, cursor and ingestion type. */
    public TableMetadata metadata() {
        List<String> keys = ingestionType == IngestionType.APPEND ? List.of() : List.of(keyField());
        return new TableMetadata(keys, cursorField, ingestionType);
    }

    /** The column named {@code column}, if any. */
    public Optional<ExampleColumn> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }
}
