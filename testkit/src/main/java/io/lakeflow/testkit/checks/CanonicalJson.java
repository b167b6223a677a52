package io.lakeflow.testkit.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text per value, for comparing records and keys: map keys sorted, numbers by value
 * ({@code 1}, {@code 1L} and {@code 1.0} are the same), any other object by its {@code toString}.
 */
final class CanonicalJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private CanonicalJson() {
    }

    /** The canonical text of {@code value}. */
    static String of(Object value) {
        try {
            return JSON.writeValueAsString(normalise(value));
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** Abbreviated canonical text, for messages. */
    static String abbreviated(Object value, int max) {
        String text = of(value);
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    private static Object normalise(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            try {
                BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
                return d.scale() <= 0 ? d.toBigIntegerExact() : d;
            } catch (NumberFormatException | ArithmeticException e) {
                return n.toString();
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), normalise(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(normalise(v)));
            return copy;
        }
        return value.toString();
    }
}
