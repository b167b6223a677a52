package io.lakeflow.connectors.example;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The initial rows of an example table, derived from the seed only.
 *
 * <ul>
 *   <li>Ids run from 1 to the row count.</li>
 *   <li>About a fifth of the nullable values are null, but never in row 1, so that every column is
 *       non-null in some row.</li>
 *   <li>Cursors are drawn from about a third as many distinct minutes as there are rows, so that
 *       many rows share a cursor value (ties) and ties straddle page boundaries, in an order
 *       unrelated to the ids.</li>
 * </ul>
 */
final class SeededRows {

    /** The first seeded cursor value. */
    static final Instant FIRST_CURSOR = Instant.parse("2025-01-01T00:00:00Z");

    private static final double NULL_RATE = 0.2;

    private SeededRows() {
    }

    /** The {@code count} seeded rows of {@code table}, by id. */
    static List<Map<String, Object>> generate(ExampleTable table, int count, long seed) {
        Random random = new Random(seed * 31 + table.name().hashCode());
        int distinctCursors = Math.max(1, count / 3);
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (ExampleColumn column : table.columns()) {
                if (column.name().equals(table.keyField())) {
                    row.put(column.name(), id);
                } else if (column.name().equals(table.cursorField())) {
                    row.put(column.name(), CursorTime.format(FIRST_CURSOR.plusSeconds(60L * random.nextInt(distinctCursors))));
                } else {
                    Object value = column.generator().generate(random, id);
                    boolean leaveNull = column.nullable() && id > 1 && random.nextDouble() < NULL_RATE;
                    row.put(column.name(), leaveNull ? null : value);
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
