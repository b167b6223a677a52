package io.lakeflow.connectors.example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The query of a page of records, as the example API takes it in
 * {@code GET /tables/{t}/records} and {@code GET /tables/{t}/deleted_records}:
 * <ul>
 *   <li>{@code since} + {@code since_id}: a composite position; only records strictly after it in
 *       {@code (cursor, id)} order are returned. Both absent: from the beginning. {@code since}
 *       alone: strictly after that cursor value. {@code since_id} alone: for tables without a
 *       cursor (ordered by id only).</li>
 *   <li>{@code until}: only records whose cursor is at or before it (a high-water mark).</li>
 *   <li>{@code limit}: page size, 1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}.</li>
 * </ul>
 * Records come sorted by {@code (cursor, id)} (by id for tables without a cursor).
 *
 * @param since   a canonical {@link CursorTime} text, or {@code null}
 * @param sinceId the id of the last record already read, or {@code null}
 * @param until   a canonical {@link CursorTime} text, or {@code null}
 * @param limit   the page size
 */
public record PageRequest(String since, Long sinceId, String until, int limit) {

    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 100;
    /** The page size when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Set<String> PARAMETERS = Set.of("since", "since_id", "until", "limit");

    /** A request from the beginning with page size {@code limit}. */
    public static PageRequest first(int limit) {
        return new PageRequest(null, null, null, limit);
    }

    /** The same request, continuing strictly after the record at {@code (cursor, id)}. */
    public PageRequest after(String cursor, long id) {
        return new PageRequest(cursor, id, until, limit);
    }

    /** The same request with another page size. */
    public PageRequest withLimit(int newLimit) {
        return new PageRequest(since, sinceId, until, newLimit);
    }

    /** The request as query parameters (absent values left out). */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        if (since != null) {
            query.put("since", since);
        }
        if (sinceId != null) {
            query.put("since_id", Long.toString(sinceId));
        }
        if (until != null) {
            query.put("until", until);
        }
        query.put("limit", Integer.toString(limit));
        return query;
    }

    /**
     * Parses and checks query parameters the way the source does.
     *
     * @throws ApiProblem (400) for an unknown parameter, a malformed value, a {@code limit} out of
     *                    range, or a cursor parameter on a table without a cursor
     */
    static PageRequest parse(Map<String, String> query, ExampleTable table) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ApiProblem.badRequest("Unknown query parameter '" + name + "'. Allowed: since, since_id, until, limit.");
            }
        }
        String since = query.get("since");
        String until = query.get("until");
        if (!table.hasCursor() && (since != null || until != null)) {
            throw ApiProblem.badRequest("Table " + table.name() + " has no cursor: 'since' and 'until' are not allowed; "
                    + "page with 'since_id'.");
        }
        if (table.hasCursor() && since == null && query.containsKey("since_id")) {
            throw ApiProblem.badRequest("'since_id' needs 'since' on table " + table.name()
                    + " (positions are (" + table.cursorField() + ", " + table.keyField() + ") pairs).");
        }
        long limit = query.containsKey("limit") ? integer(query.get("limit"), "limit") : DEFAULT_LIMIT;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("'limit' must be between 1 and " + MAX_LIMIT + ", got " + limit + ".");
        }
        Long sinceId = query.containsKey("since_id") ? integer(query.get("since_id"), "since_id") : null;
        return new PageRequest(timestamp(since, "since"), sinceId, timestamp(until, "until"), (int) limit);
    }

    private static Long integer(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("'" + name + "' must be an integer, got '" + text + "'.");
        }
    }

    private static String timestamp(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return CursorTime.canonical(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("'" + name + "': " + e.getMessage() + ".");
        }
    }
}
