package io.lakeflow.convert;

import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/** A struct: a JSON object whose keys name the fields; extra keys are ignored. */
final class StructConverter implements ValueConverter {

    private final StructType type;
    private final String[] names;
    private final DataType[] types;
    private final boolean[] nullable;
    private final ValueConverter[] fields;
    private final ValueFactory factory;

    StructConverter(StructType type, ValueConverter[] fields, ValueFactory factory) {
        this.type = type;
        this.fields = fields;
        this.factory = factory;
        int n = type.fields().length;
        names = new String[n];
        types = new DataType[n];
        nullable = new boolean[n];
        for (int i = 0; i < n; i++) {
            names[i] = type.fields()[i].name();
            types[i] = type.fields()[i].dataType();
            nullable[i] = type.fields()[i].nullable();
        }
    }

    @Override
    public Object convert(Object value) {
        if (value instanceof Map<?, ?> map) {
            return convertFields(map);
        }
        throw new Rejection(value, type, "a struct is built from a JSON object (a Map)",
                "send an object with the fields " + fieldList() + ", or declare the column with the type it holds");
    }

    Object convertFields(Map<?, ?> map) {
        Object[] out = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object v = map.get(names[i]);
            if (v == null) {
                if (!nullable[i]) {
                    throw new Rejection(null, types[i], "the field is declared not nullable",
                            "send a value for '" + names[i] + "' in every record, or declare the field nullable")
                            .inField(names[i]);
                }
                continue;
            }
            try {
                out[i] = fields[i].convert(v);
            } catch (Rejection r) {
                throw r.inField(names[i]);
            }
        }
        return factory.struct(out);
    }

    private String fieldList() {
        String list = String.join(", ", names);
        return list.length() > 80 ? list.substring(0, 80) + "..." : list;
    }
}
