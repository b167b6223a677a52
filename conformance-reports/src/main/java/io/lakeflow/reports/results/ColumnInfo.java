package io.lakeflow.reports.results;

/**
 * One top-level column of a table's schema.
 *
 * @param name     the column
 * @param type     the Spark simple type string, e.g. {@code struct<city:string>}
 * @param nullable whether it may be null
 */
public record ColumnInfo(String name, String type, boolean nullable) {
}
