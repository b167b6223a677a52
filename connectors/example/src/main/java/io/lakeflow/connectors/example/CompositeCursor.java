package io.lakeflow.connectors.example;

import io.lakeflow.connect.Offset;
import java.util.Map;

/**
 * A position in a table ordered by {@code (cursor, id)}: the last record read. Reading resumes
 * strictly after it, so rows that share a cursor value (ties) are never lost at a page or batch
 * boundary, and never read twice.
 *
 * <p>As an {@link Offset}: {@code {"cursor": "2025-01-01T00:00:00.000000Z", "id": 17}}.
 *
 * @param cursor the record's cursor value, canonical {@link CursorTime} text
 * @param id     the record's key
 */
public record CompositeCursor(String cursor, long id) {

    /** The offset form. */
    public Offset toOffset() {
        return Offset.of(Map.of("cursor", cursor, "id", id));
    }

    /** The position of a record of {@code table} (its cursor and key fields). */
    public static CompositeCursor of(Map<String, Object> record, String cursorField, String keyField) {
        return new CompositeCursor((String) record.get(cursorField), ((Number) record.get(keyField)).longValue());
    }

    /**
     * Reads an offset this connector returned; {@code null} for {@link Offset#empty()}.
     *
     * @throws IllegalArgumentException naming the table and the offset, when it is not of this form
     */
    public static CompositeCursor fromOffset(Offset offset, String table) {
        if (offset == null || offset.isEmpty()) {
            return null;
        }
        Object cursor = offset.get("cursor");
        Object id = offset.get("id");
        if (offset.asMap().size() == 2 && cursor instanceof String text && id instanceof Number number) {
            try {
                return new CompositeCursor(CursorTime.canonical(text), number.longValue());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("Table " + table + ": offset " + offset.toJson() + " is not one the example "
                + "connector writes; expected {} or {\"cursor\": <ISO-8601 timestamp>, \"id\": <integer>}. "
                + "Fix: pass back an offset returned by readTable/readTableDeletes for this table, or {} to start over.");
    }
}
