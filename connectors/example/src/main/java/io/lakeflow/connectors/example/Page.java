package io.lakeflow.connectors.example;

import java.util.List;
import java.util.Map;

/**
 * One page of the example API: {@code {"records": [...], "has_more": true|false}}.
 *
 * @param records the page's records, sorted by {@code (cursor, id)}
 * @param hasMore whether records after the last one match the request
 */
public record Page(List<Map<String, Object>> records, boolean hasMore) {

    /** Copies the list. */
    public Page {
        records = List.copyOf(records);
    }
}
