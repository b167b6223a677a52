package io.lakeflow.testkit;

import java.util.List;
import java.util.Map;

/**
 * Rows a {@link WriteBack} wrote (or deleted), and how to find them among the records the
 * connector reads.
 *
 * @param rows      the rows as written, in the source's write vocabulary
 * @param columnMap for each written column to compare, the dotted path of the same value in a
 *                  read record (e.g. {@code email -> properties.email}); must be non-empty and
 *                  should include the primary key
 */
public record WrittenRows(List<Map<String, Object>> rows, Map<String, String> columnMap) {

    /** Copies both collections. */
    public WrittenRows {
        rows = List.copyOf(rows);
        columnMap = Map.copyOf(columnMap);
    }
}
