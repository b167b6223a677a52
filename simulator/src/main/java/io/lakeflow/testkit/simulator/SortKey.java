package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One key of a sort order: a field and a direction. Missing values sort last when ascending. The pseudo
 * field {@value #INSERTION} is the order records entered the collection (the corpus order, then writes):
 * {@code "created desc, @insertion desc"} lists the newest first even within one second, as Stripe does.
 */
public record SortKey(FieldPath field, boolean descending) {

    /** The pseudo field naming insertion order. */
    public static final String INSERTION = "@insertion";

    /** Parses {@code "created desc, id desc"}. */
    public static List<SortKey> parseAll(String text) {
        List<SortKey> keys = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        for (String part : text.split(",")) {
            String[] words = part.trim().split("\\s+");
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            keys.add(new SortKey(FieldPath.of(words[0]), desc));
        }
        return keys;
    }

    /** A comparator applying the keys in order; {@code positions} gives each record's insertion index. */
    public static Comparator<Map<String, Object>> comparator(List<SortKey> keys, Map<Map<String, Object>, Integer> positions) {
        Comparator<Map<String, Object>> result = (a, b) -> 0;
        for (SortKey key : keys) {
            Comparator<Map<String, Object>> one = key.field.dotted().equals(INSERTION)
                    ? Comparator.comparingInt(r -> positions.getOrDefault(r, -1))
                    : (a, b) -> compareValues(key.field.get(a), key.field.get(b));
            result = result.thenComparing(key.descending ? one.reversed() : one);
        }
        return result;
    }

    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return a.toString().compareTo(b.toString());
    }
}
