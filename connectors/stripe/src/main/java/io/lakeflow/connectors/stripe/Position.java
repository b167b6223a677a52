package io.lakeflow.connectors.stripe;

import io.lakeflow.connect.Offset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a table's read stands, stored as the offset:
 * <ul>
 *   <li>{@code {phase: list, list_start: T, after: id}}: listing objects created before {@code T}, newest first,
 *       after object {@code id};</li>
 *   <li>{@code {phase: events | created, since: T, seen: [ids]}}: everything up to {@code T} is read, and of
 *       what has {@code created == T}, the ids in {@code seen} (events or objects) are read too.</li>
 * </ul>
 * Nothing is kept in instance state, so a fresh connector resumes exactly.
 *
 * @param phase     list, events (changes from /v1/events) or created (the list endpoint by creation time)
 * @param listStart for list: the creation-time cap, exclusive
 * @param after     for list: the last object read, or null before the first page
 * @param since     for events/created: the time read up to (inclusive)
 * @param seen      for events/created: ids already read whose time equals {@code since}, sorted
 */
record Position(Phase phase, long listStart, String after, long since, List<String> seen) {

    /** How the next batch is read. */
    enum Phase {
        LIST, EVENTS, CREATED;

        String configName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Position list(long listStart, String after) {
        return new Position(Phase.LIST, listStart, after, 0, List.of());
    }

    static Position window(Phase phase, long since, java.util.Collection<String> seen) {
        return new Position(phase, 0, null, since, List.copyOf(new TreeSet<>(seen)));
    }

    Offset toOffset() {
        Map<String, Object> map = new TreeMap<>();
        map.put("phase", phase.configName());
        if (phase == Phase.LIST) {
            map.put("list_start", listStart);
            if (after != null) {
                map.put("after", after);
            }
        } else {
            map.put("since", since);
            map.put("seen", new ArrayList<>(seen));
        }
        return Offset.of(map);
    }

    /** The position an offset stores; null for the empty offset. */
    static Position parse(Offset offset, String table) {
        if (offset == null || offset.isEmpty()) {
            return null;
        }
        try {
            Phase phase = Phase.valueOf(String.valueOf(offset.get("phase")).toUpperCase(java.util.Locale.ROOT));
            if (phase == Phase.LIST) {
                Object after = offset.get("after");
                return list(((Number) offset.get("list_start")).longValue(), after == null ? null : after.toString());
            }
            List<String> seen = new ArrayList<>();
            if (offset.get("seen") instanceof List<?> ids) {
                ids.forEach(id -> seen.add(String.valueOf(id)));
            }
            return window(phase, ((Number) offset.get("since")).longValue(), seen);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Stripe table '" + table + "': offset " + offset.toJson() + " is not one this "
                    + "connector wrote (expected {phase: list, list_start, after} or {phase: events|created, since, seen}). "
                    + "Fix: start from the empty offset to read the table again.", e);
        }
    }
}
