package io.lakeflow.convert;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;

/** An array: a JSON array (a List), converted element by element. A scalar is never wrapped. */
final class ArrayConverter implements ValueConverter {

    private final ArrayType type;
    private final ValueConverter element;
    private final boolean containsNull;
    private final ValueFactory factory;

    ArrayConverter(ArrayType type, ValueConverter element, ValueFactory factory) {
        this.type = type;
        this.element = element;
        this.containsNull = type.containsNull();
        this.factory = factory;
    }

    @Override
    public Object convert(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new Rejection(value, type, "an array is built from a JSON array (a List)",
                    "send a list (a single value is not wrapped into a one-element array, since that would"
                            + " silently change the data's shape), or declare the column with the type it holds");
        }
        Object[] out = new Object[list.size()];
        int i = 0;
        for (Object v : list) {
            if (i == out.length) {
                throw new Rejection(value, type, "the list grew while it was being read", "do not modify records after returning them");
            }
            if (v == null) {
                if (!containsNull) {
                    throw new Rejection(null, type.elementType(), "the array is declared with containsNull=false",
                            "drop null elements in the connector, or declare the array type with containsNull=true")
                            .atIndex(i);
                }
            } else {
                try {
                    out[i] = element.convert(v);
                } catch (Rejection r) {
                    throw r.atIndex(i);
                }
            }
            i++;
        }
        return factory.array(out);
    }
}
