package io.lakeflow.testkit.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record value rule: records hold only {@code String}, {@code Number}, {@code Boolean},
 * {@code List}, {@code Map} with String keys, or {@code null}, nested to any depth.
 */
final class JsonLikeValues {

    private JsonLikeValues() {
    }

    /** Where the first value that breaks the rule is, and what it is; empty when all values are JSON-like. */
    static Optional<String> firstViolation(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            if (number instanceof Double d && (d.isNaN() || d.isInfinite())
                    || number instanceof Float f && (f.isNaN() || f.isInfinite())) {
                return Optional.of("'" + path + "' holds " + number + ", which JSON cannot hold");
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return Optional.of("'" + path + "' has a key of type "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                }
                Optional<String> inner = firstViolation(e.getValue(), path.isEmpty() ? key : path + "." + key);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> inner = firstViolation(list.get(i), path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return Optional.of("'" + path + "' holds a " + value.getClass().getName());
    }
}
