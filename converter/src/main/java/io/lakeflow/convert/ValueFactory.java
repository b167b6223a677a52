package io.lakeflow.convert;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the complex values (structs, arrays, maps) of a converted record, so that each caller
 * picks its own representation: the testkit keeps plain Java values ({@link #JAVA}), the
 * pipeline builds Spark's {@code GenericInternalRow}, {@code GenericArrayData} and
 * {@code ArrayBasedMapData} directly, with no second pass over the data.
 *
 * <p>The {@link RecordConverter} calls these methods once per complex value, innermost first,
 * from the thread that called {@link RecordConverter#convert(Map)}. The arrays passed in are
 * freshly allocated for each call and never reused by the converter, so an implementation may
 * keep them without copying. Elements are already converted to Spark's internal scalar
 * representation ({@code UTF8String}, {@code Decimal}, {@code Integer} days, {@code Long}
 * microseconds, ...) or are values this factory built; {@code null} stands for SQL NULL.
 * Implementations must be stateless or thread-safe when one converter is shared by threads.
 */
public interface ValueFactory {

    /**
     * A struct value.
     *
     * @param fieldValues the converted field values, in the schema's field order (never null)
     * @return the struct representation
     */
    Object struct(Object[] fieldValues);

    /**
     * An array value.
     *
     * @param elements the converted elements, in order (never null, may hold nulls when the array
     *                 type allows them)
     * @return the array representation
     */
    Object array(Object[] elements);

    /**
     * A map value. {@code keys[i]} maps to {@code values[i]}; keys are never null and distinct.
     *
     * @param keys   the converted keys, in the record's iteration order
     * @param values the converted values, same length as {@code keys}
     * @return the map representation
     */
    Object map(Object[] keys, Object[] values);

    /**
     * The default factory: a struct is the {@code Object[]} of its field values, an array is an
     * {@code Object[]}, a map is a {@link LinkedHashMap} in the record's key order.
     */
    ValueFactory JAVA = new ValueFactory() {
        @Override
        public Object struct(Object[] fieldValues) {
            return fieldValues;
        }

        @Override
        public Object array(Object[] elements) {
            return elements;
        }

        @Override
        public Object map(Object[] keys, Object[] values) {
            Map<Object, Object> map = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], values[i]);
            }
            return map;
        }

        @Override
        public String toString() {
            return "ValueFactory.JAVA";
        }
    };
}
