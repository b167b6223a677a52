package io.lakeflow.connectors.postgres;

import java.util.List;
import java.util.Optional;

/**
 * A table as the catalog describes it.
 *
 * @param schema      the schema (namespace)
 * @param table       the table name within the schema
 * @param oid         the table's catalog oid (changes when it is dropped and re-created)
 * @param partitioned whether it is a partitioned table (its rows live in partitions)
 * @param columns     columns in table order
 * @param primaryKeys the primary key's columns in key order; empty when there is none
 * @param uniqueKeys  the columns of a unique index over NOT NULL columns, used as the key of a
 *                    table without a primary key; empty when there is none
 */
record TableInfo(String schema, String table, long oid, boolean partitioned, List<Column> columns, List<String> primaryKeys,
                 List<String> uniqueKeys) {

    /** Copies the lists. */
    TableInfo {
        columns = List.copyOf(columns);
        primaryKeys = List.copyOf(primaryKeys);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    /** {@code schema.table}, the name the connector lists. */
    String name() {
        return schema + "." + table;
    }

    /** {@code "schema"."table"}, for SQL. */
    String quotedName() {
        return SqlIdentifier.quote(schema) + "." + SqlIdentifier.quote(table);
    }

    /** The quoted column names, comma-separated, for a SELECT list. */
    String selectList() {
        StringBuilder sb = new StringBuilder();
        for (Column c : columns) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(SqlIdentifier.quote(c.name()));
        }
        return sb.length() == 0 ? "NULL" : sb.toString();
    }

    /** The column named {@code name}, if any. */
    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
