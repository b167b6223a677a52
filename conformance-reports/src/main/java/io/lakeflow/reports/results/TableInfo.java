package io.lakeflow.reports.results;

import java.util.List;

/**
 * A connector's table as the suite saw it.
 *
 * @param name          the table
 * @param ingestionType {@code snapshot}, {@code cdc}, {@code cdc_with_deletes}, {@code append}, or
 *                      {@code null} when the metadata could not be read
 * @param primaryKeys   the primary keys; maybe empty
 * @param cursorField   the cursor field, or {@code null}
 * @param columns       the schema's top-level columns
 */
public record TableInfo(String name, String ingestionType, List<String> primaryKeys, String cursorField,
                        List<ColumnInfo> columns) {

    /** Copies the lists. */
    public TableInfo {
        primaryKeys = primaryKeys == null ? List.of() : List.copyOf(primaryKeys);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
