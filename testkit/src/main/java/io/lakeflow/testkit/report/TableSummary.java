package io.lakeflow.testkit.report;

import java.util.List;

/**
 * One table as the connector described it, for the result file.
 *
 * @param name          the table
 * @param ingestionType {@code snapshot}, {@code cdc}, {@code cdc_with_deletes}, {@code append}, or {@code null} when unreadable
 * @param primaryKeys   the keys (empty when none or unreadable)
 * @param cursorField   the cursor, or {@code null}
 * @param columns       the top-level columns; empty when the schema was unreadable
 */
public record TableSummary(String name, String ingestionType, List<String> primaryKeys, String cursorField,
                           List<Column> columns) {

    /** Copies the lists. */
    public TableSummary {
        primaryKeys = List.copyOf(primaryKeys);
        columns = List.copyOf(columns);
    }

    /**
     * One top-level column.
     *
     * @param name     the column
     * @param type     Spark's simple type string, e.g. {@code struct<city:string>}
     * @param nullable whether it may be null
     */
    public record Column(String name, String type, boolean nullable) {
    }
}
