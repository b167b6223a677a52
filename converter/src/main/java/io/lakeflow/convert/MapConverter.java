package io.lakeflow.convert;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;

/**
 * A map: a JSON object whose keys are converted with the key type (JSON keys are strings, so
 * {@code "12"} becomes the int key 12) and whose values are converted with the value type.
 * Two keys that convert to the same key ({@code "1"} and {@code "01"}) are an error, never a
 * silent overwrite.
 */
final class MapConverter implements ValueConverter {

    private final MapType type;
    private final ValueConverter key;
    private final ValueConverter value;
    private final boolean valueContainsNull;
    private final boolean keysMayCollide;
    private final ValueFactory factory;

    MapConverter(MapType type, ValueConverter key, ValueConverter value, ValueFactory factory) {
        this.type = type;
        this.key = key;
        this.value = value;
        this.valueContainsNull = type.valueContainsNull();
        this.keysMayCollide = !(type.keyType() instanceof StringType);
        this.factory = factory;
    }

    @Override
    public Object convert(Object input) {
        if (!(input instanceof Map<?, ?> map)) {
            throw new Rejection(input, type, "a map is built from a JSON object (a Map)",
                    "send an object, or declare the column with the type it holds");
        }
        int n = map.size();
        Object[] keys = new Object[n];
        Object[] values = new Object[n];
        Set<Object> seen = keysMayCollide ? new HashSet<>(n * 4 / 3 + 1) : null;
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (i == n) {
                throw new Rejection(input, type, "the map grew while it was being read", "do not modify records after returning them");
            }
            Object k = e.getKey();
            if (k == null) {
                throw new Rejection(input, type, "a map key is null", "drop or rename the null key in the connector");
            }
            Object ck;
            try {
                ck = key.convert(k);
            } catch (Rejection r) {
                throw new Rejection(k, type.keyType(), "the key does not fit the map's key type: " + r.reason, r.fix)
                        .atKey(k);
            }
            if (seen != null && !(ck instanceof byte[]) && !seen.add(ck)) {
                throw new Rejection(k, type.keyType(), "another key of the same map converts to the same "
                        + type.keyType().simpleString() + " key",
                        "send each key once in one spelling, or declare the map's key type as string").atKey(k);
            }
            keys[i] = ck;
            Object v = e.getValue();
            if (v == null) {
                if (!valueContainsNull) {
                    throw new Rejection(null, type.valueType(), "the map is declared with valueContainsNull=false",
                            "drop entries with null values in the connector, or declare the map with valueContainsNull=true")
                            .atKey(k);
                }
            } else {
                try {
                    values[i] = value.convert(v);
                } catch (Rejection r) {
                    throw r.atKey(k);
                }
            }
            i++;
        }
        return factory.map(keys, values);
    }
}
