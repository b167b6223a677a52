package io.lakeflow.connectors.example;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One table's rows (and tombstones, for tables that keep deletes) inside the example source.
 * Thread-safe: every method holds the table's lock, so a cursor stamp is taken and its row stored
 * atomically, and a watermark read never misses a row stamped before it.
 */
final class TableStore {

    private final ExampleTable table;
    private final ServerClock clock;
    private final TreeMap<Long, Map<String, Object>> rows = new TreeMap<>();
    private final TreeMap<Long, Map<String, Object>> tombstones = new TreeMap<>();
    /** The latest cursor ever given in this table (seeded or stamped), or {@code null}. */
    private String lastStamp;
    private long maxId;

    TableStore(ExampleTable table, ServerClock clock, List<Map<String, Object>> seeded) {
        this.table = table;
        this.clock = clock;
        for (Map<String, Object> row : seeded) {
            long id = (Long) row.get(table.keyField());
            rows.put(id, row);
            maxId = Math.max(maxId, id);
            if (table.hasCursor()) {
                lastStamp = max(lastStamp, (String) row.get(table.cursorField()));
            }
        }
    }

    /** The latest cursor in the seeded data of {@code seeded} rows, for the clock's floor. */
    static String latestCursor(ExampleTable table, List<Map<String, Object>> seeded) {
        String latest = null;
        if (table.hasCursor()) {
            for (Map<String, Object> row : seeded) {
                latest = max(latest, (String) row.get(table.cursorField()));
            }
        }
        return latest;
    }

    /** A page of live rows. */
    synchronized Page page(PageRequest request) {
        return slice(rows.values().stream(), table.cursorField(), request);
    }

    /** A page of tombstones, ordered by {@code (deleted_at, id)}. */
    synchronized Page deletedPage(PageRequest request) {
        return slice(tombstones.values().stream(), "deleted_at", request);
    }

    /**
     * The high-water mark: every row and tombstone stamped so far has a cursor at or before it,
     * and every later write gets a later one. {@code null} for a table without a cursor, or empty.
     */
    synchronized String watermark() {
        return lastStamp;
    }

    /**
     * Inserts a row, or updates the row with the same key: the given fields replace the stored
     * ones, and the cursor is stamped with the source clock. An absent key gets the next id.
     *
     * @throws ApiProblem (400) for an unknown field, a field the server sets, a value of the wrong
     *                    type, or a missing required field of a new row
     */
    synchronized Map<String, Object> upsert(Map<String, ?> fields) {
        return upsert(fields, false);
    }

    /** Like {@link #upsert(Map)}; with {@code mustExist}, a key that matches no row is a 404 instead of an insert. */
    synchronized Map<String, Object> upsert(Map<String, ?> fields, boolean mustExist) {
        for (String name : fields.keySet()) {
            if (table.column(name).isEmpty()) {
                throw ApiProblem.badRequest("Table " + table.name() + " has no field '" + name + "'. Fields: "
                        + String.join(", ", table.columns().stream().map(ExampleColumn::name).toList()) + ".");
            }
            if (name.equals(table.cursorField())) {
                throw ApiProblem.badRequest("'" + name + "' is set by the server on every write; leave it out.");
            }
            String expected = ColumnValues.mismatch(table.column(name).orElseThrow().type(), fields.get(name));
            if (expected != null) {
                throw ApiProblem.badRequest("Field '" + name + "' of table " + table.name() + " must be " + expected
                        + ", got " + fields.get(name) + ".");
            }
        }
        long id = fields.get(table.keyField()) == null ? maxId + 1 : key(fields.get(table.keyField()));
        Map<String, Object> row = rows.get(id);
        if (row == null && mustExist) {
            throw ApiProblem.notFound("Table " + table.name() + " has no row with " + table.keyField() + " = " + id + ".");
        }
        if (row == null) {
            row = new LinkedHashMap<>();
            for (ExampleColumn column : table.columns()) {
                row.put(column.name(), null);
            }
            row.put(table.keyField(), id);
        } else {
            row = new LinkedHashMap<>(row);
        }
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (!field.getKey().equals(table.keyField())) {
                row.put(field.getKey(), field.getValue());
            }
        }
        for (ExampleColumn column : table.columns()) {
            if (!column.nullable() && generatedElsewhere(column) && row.get(column.name()) == null) {
                throw ApiProblem.badRequest("Field '" + column.name() + "' of table " + table.name() + " is required.");
            }
        }
        stamp(row);
        rows.put(id, row);
        tombstones.remove(id);
        maxId = Math.max(maxId, id);
        return copy(row);
    }

    /**
     * Deletes the row with key {@code id}; tables that keep deletes keep a tombstone
     * {@code {key, cursor, deleted_at}} stamped with the source clock.
     *
     * @return the tombstone (or, for other tables, the removed row)
     * @throws ApiProblem (404) when there is no such row
     */
    synchronized Map<String, Object> delete(long id) {
        Map<String, Object> removed = rows.remove(id);
        if (removed == null) {
            throw ApiProblem.notFound("Table " + table.name() + " has no row with " + table.keyField() + " = " + id + ".");
        }
        if (!table.keepsDeletes()) {
            return copy(removed);
        }
        Map<String, Object> tombstone = new LinkedHashMap<>();
        tombstone.put(table.keyField(), id);
        stamp(tombstone);
        tombstone.put("deleted_at", tombstone.get(table.cursorField()));
        tombstones.put(id, tombstone);
        return copy(tombstone);
    }

    /** A copy of the live rows, by id. */
    synchronized List<Map<String, Object>> rows() {
        return rows.values().stream().map(TableStore::copy).toList();
    }

    /** A copy of the tombstones, by id. */
    synchronized List<Map<String, Object>> tombstones() {
        return tombstones.values().stream().map(TableStore::copy).toList();
    }

    private boolean generatedElsewhere(ExampleColumn column) {
        return !column.name().equals(table.keyField()) && !column.name().equals(table.cursorField());
    }

    private void stamp(Map<String, Object> row) {
        if (table.hasCursor()) {
            String stamp = CursorTime.format(clock.next());
            row.put(table.cursorField(), stamp);
            lastStamp = max(lastStamp, stamp);
        }
    }

    private Page slice(Stream<Map<String, Object>> candidates, String cursorField, PageRequest request) {
        String key = table.keyField();
        Comparator<Map<String, Object>> order = Comparator.comparingLong(r -> (Long) r.get(key));
        if (cursorField != null) {
            order = Comparator.<Map<String, Object>, String>comparing(r -> (String) r.get(cursorField)).thenComparing(order);
        }
        List<Map<String, Object>> matching = candidates
                .filter(r -> after(r, cursorField, request) && atOrBefore(r, cursorField, request.until()))
                .sorted(order)
                .limit(request.limit() + 1L)
                .map(TableStore::copy)
                .toList();
        boolean hasMore = matching.size() > request.limit();
        return new Page(hasMore ? matching.subList(0, request.limit()) : matching, hasMore);
    }

    private boolean after(Map<String, Object> row, String cursorField, PageRequest request) {
        long id = (Long) row.get(table.keyField());
        if (cursorField == null || request.since() == null) {
            return request.sinceId() == null || id > request.sinceId();
        }
        int byCursor = ((String) row.get(cursorField)).compareTo(request.since());
        return byCursor > 0 || (byCursor == 0 && request.sinceId() != null && id > request.sinceId());
    }

    private static boolean atOrBefore(Map<String, Object> row, String cursorField, String until) {
        return until == null || cursorField == null || ((String) row.get(cursorField)).compareTo(until) <= 0;
    }

    private long key(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        throw ApiProblem.badRequest("'" + table.keyField() + "' must be an integer, got " + value + ".");
    }

    private static String max(String a, String b) {
        return a == null || (b != null && b.compareTo(a) > 0) ? b : a;
    }

    private static Map<String, Object> copy(Map<String, Object> row) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }
}
