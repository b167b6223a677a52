package io.lakeflow.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A position in a table, as the connector defines it: an immutable, JSON-serialisable map.
 *
 * <p>The framework never interprets an offset; it stores it (Spark checkpoints it, the testkit
 * round-trips it through {@link #toJson()} and {@link #fromJson(String)}) and passes it back to a
 * possibly different connector instance, possibly in another process. Two offsets are equal when
 * their canonical JSON (keys sorted at every level) is equal, so {@code 1} and {@code 1L} are
 * the same position, and key order never matters.
 *
 * <p>Values may be {@code String}, {@code Number} (finite), {@code Boolean}, {@code null},
 * {@code List} or {@code Map} with string keys, nested to any depth. Anything else (a
 * {@code java.time.Instant}, a connector object) is refused when the offset is built, not when
 * it is checkpointed. Decimal numbers are held as {@link BigDecimal} (a {@code double} 1.5
 * reads back as {@code new BigDecimal("1.5")}); integers keep their integral type.
 */
public final class Offset {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final Offset EMPTY = new Offset(Collections.emptySortedMap(), "{}");

    private final Map<String, Object> values;
    private final String json;

    private Offset(Map<String, Object> values, String json) {
        this.values = values;
        this.json = json;
    }

    /** The offset of a table never read before: {@code {}}. The framework passes it to the first read. */
    public static Offset empty() {
        return EMPTY;
    }

    /**
     * An offset holding a deep, immutable copy of {@code values}.
     *
     * @throws IllegalArgumentException naming the key path and the Java type, when a value is not
     *                                  JSON (see the class comment) or a number is not finite
     */
    public static Offset of(Map<String, ?> values) {
        if (values == null) {
            throw new IllegalArgumentException("Offset values must not be null; use Offset.empty()");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) copyJson(values, "");
        if (copy.isEmpty()) {
            return EMPTY;
        }
        try {
            return new Offset(copy, JSON.writeValueAsString(copy));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Offset cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A one-entry offset, for the common case of a single cursor value. */
    public static Offset of(String key, Object value) {
        Map<String, Object> single = new TreeMap<>();
        single.put(key, value);
        return of(single);
    }

    /**
     * Parses an offset written by {@link #toJson()}. Decimal numbers come back as
     * {@link BigDecimal} so that {@code fromJson(o.toJson()).equals(o)} holds for every offset.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public static Offset fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("Offset JSON must be a JSON object, got " + (json == null ? "null" : "an empty string"));
        }
        Map<String, Object> parsed;
        try {
            parsed = JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Offset JSON is not a JSON object (" + e.getOriginalMessage() + "): "
                    + abbreviate(json), e);
        }
        if (parsed == null) {
            throw new IllegalArgumentException("Offset JSON must be a JSON object, got null");
        }
        return of(parsed);
    }

    /** The offset's values: an unmodifiable map with keys sorted, nested maps and lists unmodifiable too. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The value stored under {@code key}, or {@code null}. */
    public Object get(String key) {
        return values.get(key);
    }

    /** Whether this is the empty offset {@code {}}. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Canonical JSON: no whitespace, keys sorted at every level. Equal offsets have equal JSON. */
    public String toJson() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offset that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /** {@code Offset{...json...}}. Offsets must not hold secrets; the testkit checks that they do not. */
    @Override
    public String toString() {
        return "Offset" + json;
    }

    private static Object copyJson(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return checkNumber(number, path);
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> copy = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("Offset key at " + describe(path) + " must be a String, got "
                            + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
                }
                copy.put(key, copyJson(entry.getValue(), path.isEmpty() ? key : path + "." + key));
            }
            return Collections.unmodifiableSortedMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyJson(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("Offset value at " + describe(path) + " is a " + value.getClass().getName()
                + ", which is not JSON. Fix: store it as a String, Number, Boolean, List or Map "
                + "(e.g. an Instant as its ISO-8601 text).");
    }

    private static Number checkNumber(Number number, String path) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger || number instanceof BigDecimal) {
            return number;
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Offset value at " + describe(path) + " is " + d
                        + ", which JSON cannot hold. Fix: store a finite number or a string.");
            }
            // One representation for decimals, so that a parsed offset equals the one written.
            return new BigDecimal(Double.toString(d));
        }
        throw new IllegalArgumentException("Offset value at " + describe(path) + " is a " + number.getClass().getName()
                + "; use Integer, Long, Double, BigInteger or BigDecimal.");
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " chars)";
    }
}
