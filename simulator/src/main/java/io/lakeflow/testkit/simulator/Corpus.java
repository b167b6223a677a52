package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's data: named collections of JSON-like records, mutable by writes. Not thread-safe on
 * its own; {@link Dispatcher} guards it with a read-write lock.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Map<String, Object>>> collections = new LinkedHashMap<>();

    /** An empty corpus. */
    public Corpus() {
    }

    /**
     * Reads a corpus resource: a JSON object whose keys are collection names and whose values are arrays
     * of records (or one object, for a single-entity collection).
     */
    public static Corpus fromResource(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Corpus '" + resource + "' is not on the class path. "
                        + "Fix: put it under src/test/resources/" + resource + ".");
            }
            return fromMap(JSON.readValue(in, new TypeReference<Map<String, Object>>() {}));
        } catch (IOException e) {
            throw new IllegalArgumentException("Corpus '" + resource + "' is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A corpus from already parsed collections (copied). */
    @SuppressWarnings("unchecked")
    public static Corpus fromMap(Map<String, Object> raw) {
        Corpus corpus = new Corpus();
        raw.forEach((name, value) -> {
            List<Map<String, Object>> records = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object r : list) {
                    records.add((Map<String, Object>) Template.deepCopy(r));
                }
            } else if (value instanceof Map<?, ?> single) {
                records.add((Map<String, Object>) Template.deepCopy(single));
            }
            corpus.collections.put(name, records);
        });
        return corpus;
    }

    /** The live, mutable list of a collection (created empty when absent). */
    public List<Map<String, Object>> collection(String name) {
        return collections.computeIfAbsent(name, n -> new ArrayList<>());
    }

    /** The names of the collections. */
    public java.util.Set<String> names() {
        return collections.keySet();
    }

    /** The record of a collection with this id, or null. */
    public Map<String, Object> find(String collection, String idField, String id) {
        for (Map<String, Object> r : collection(collection)) {
            if (id.equals(String.valueOf(r.get(idField)))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Moves the epoch-second {@code fields} of a collection by one amount so that the newest value equals
     * {@code now}: for APIs that only serve recent records (e.g. 30 days of events).
     */
    public void shiftToNow(String collection, List<String> fields, long now) {
        long newest = Long.MIN_VALUE;
        for (Map<String, Object> r : collection(collection)) {
            for (String f : fields) {
                if (r.get(f) instanceof Number n) {
                    newest = Math.max(newest, n.longValue());
                }
            }
        }
        if (newest == Long.MIN_VALUE) {
            return;
        }
        long delta = now - newest;
        for (Map<String, Object> r : collection(collection)) {
            for (String f : fields) {
                if (r.get(f) instanceof Number n) {
                    r.put(f, n.longValue() + delta);
                }
            }
        }
    }
}
