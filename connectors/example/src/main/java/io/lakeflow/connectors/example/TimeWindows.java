package io.lakeflow.connectors.example;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a cursor range {@code (since, until]} into consecutive time windows, the partitions of a
 * partitioned read. A window is the descriptor {@code {"since": <exclusive or null>, "until":
 * <inclusive>}}: a row belongs to exactly one window, ties included, because windows split at
 * whole cursor values.
 */
final class TimeWindows {

    private TimeWindows() {
    }

    /**
     * @param since  the exclusive start, or {@code null} for "from the beginning"
     * @param lowest the earliest cursor to spread the windows over when {@code since} is {@code null}
     *               (the first record's), or {@code null} when unknown (then one window)
     * @param until  the inclusive end
     * @param count  at most this many windows (fewer when the range has fewer microseconds)
     */
    static List<Map<String, Object>> split(String since, String lowest, String until, int count) {
        String from = since != null ? since : lowest == null ? null
                : CursorTime.format(CursorTime.parse(lowest).minus(1, ChronoUnit.MICROS));
        if (from == null) {
            return List.of(window(null, until));
        }
        Instant start = CursorTime.parse(from);
        long span = ChronoUnit.MICROS.between(start, CursorTime.parse(until));
        int windows = (int) Math.max(1, Math.min(count, span));
        List<Map<String, Object>> out = new ArrayList<>(windows);
        String previous = since;
        for (int k = 1; k <= windows; k++) {
            String end = k == windows ? until
                    : CursorTime.format(start.plus(Duration.of(span * k / windows, ChronoUnit.MICROS)));
            out.add(window(previous, end));
            previous = end;
        }
        return out;
    }

    private static Map<String, Object> window(String since, String until) {
        Map<String, Object> window = new HashMap<>();
        window.put("since", since);
        window.put("until", until);
        return window;
    }
}
