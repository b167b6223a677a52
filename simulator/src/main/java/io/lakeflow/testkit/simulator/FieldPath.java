package io.lakeflow.testkit.simulator;

import java.util.List;
import java.util.Map;

/** A dotted path into a JSON-like record ({@code customer.address.city}). */
public record FieldPath(String dotted, List<String> parts) {

    /** Parses {@code a.b.c}. */
    public static FieldPath of(String dotted) {
        if (dotted == null || dotted.isBlank()) {
            throw new IllegalArgumentException("A field path must not be blank");
        }
        return new FieldPath(dotted, List.of(dotted.split("\\.")));
    }

    /** The value at this path, or {@code null} when any step is missing or not an object. */
    public Object get(Map<String, Object> record) {
        Object current = record;
        for (String part : parts) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    @Override
    public String toString() {
        return dotted;
    }
}
