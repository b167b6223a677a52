package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a form body with bracketed keys ({@code metadata[plan]=pro}, {@code items[0][price]=p_1},
 * {@code expand[]=customer}) into nested maps and lists, as Stripe reads it. Values stay strings.
 */
public final class FormBody {

    private FormBody() {
    }

    /** Parses the body text. */
    public static Map<String, Object> parse(String text) {
        Map<String, Object> root = new LinkedHashMap<>();
        QueryString.parse(text).forEach((key, values) -> {
            for (String value : values) {
                put(root, segments(key), value);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) listify(root);
        return result;
    }

    private static List<String> segments(String key) {
        List<String> parts = new ArrayList<>();
        int bracket = key.indexOf('[');
        if (bracket < 0) {
            parts.add(key);
            return parts;
        }
        parts.add(key.substring(0, bracket));
        int i = bracket;
        while (i < key.length() && key.charAt(i) == '[') {
            int close = key.indexOf(']', i);
            if (close < 0) {
                break;
            }
            parts.add(key.substring(i + 1, close));
            i = close + 1;
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> map, List<String> path, String value) {
        Map<String, Object> current = map;
        for (int i = 0; i < path.size() - 1; i++) {
            String part = path.get(i);
            String next = path.get(i + 1);
            if (next.isEmpty()) {
                List<Object> list = (List<Object>) current.computeIfAbsent(part, k -> new ArrayList<>());
                list.add(value);
                return;
            }
            Object child = current.get(part);
            if (!(child instanceof Map)) {
                child = new TreeMap<String, Object>(FormBody::compareKeys);
                current.put(part, child);
            }
            current = (Map<String, Object>) child;
        }
        current.put(path.get(path.size() - 1), value);
    }

    private static int compareKeys(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    /** Maps whose keys are all indexes become lists. */
    private static Object listify(Object value) {
        if (value instanceof Map<?, ?> map) {
            boolean indexes = !map.isEmpty() && map.keySet().stream()
                    .allMatch(k -> !k.toString().isEmpty() && k.toString().chars().allMatch(Character::isDigit));
            if (indexes) {
                List<Object> list = new ArrayList<>();
                map.values().forEach(v -> list.add(listify(v)));
                return list;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), listify(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(listify(v)));
            return out;
        }
        return value;
    }
}
