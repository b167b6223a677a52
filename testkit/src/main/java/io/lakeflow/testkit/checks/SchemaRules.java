package io.lakeflow.testkit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Record-against-schema rules that the converter alone does not report as such. */
final class SchemaRules {

    private SchemaRules() {
    }

    /**
     * Paths of values that the schema declares non-nullable but the record leaves missing or null,
     * recursing into structs, arrays of structs and map values.
     */
    static List<String> nullViolations(StructType schema, Map<?, ?> record) {
        List<String> out = new ArrayList<>();
        struct(schema, record, "", out);
        return out;
    }

    /** Whether every top-level schema field is missing or null in {@code record}. */
    static boolean allNull(StructType schema, Map<?, ?> record) {
        for (StructField field : schema.fields()) {
            if (record.get(field.name()) != null) {
                return false;
            }
        }
        return true;
    }

    private static void struct(StructType schema, Map<?, ?> record, String prefix, List<String> out) {
        for (StructField field : schema.fields()) {
            String path = prefix + field.name();
            Object value = record.get(field.name());
            if (value == null) {
                if (!field.nullable()) {
                    out.add(path + (record.containsKey(field.name()) ? " (null)" : " (missing)"));
                }
                continue;
            }
            value(field.dataType(), value, path, out);
        }
    }

    private static void value(DataType type, Object value, String path, List<String> out) {
        if (type instanceof StructType struct && value instanceof Map<?, ?> map) {
            struct(struct, map, path + ".", out);
        } else if (type instanceof ArrayType array && value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element == null) {
                    if (!array.containsNull()) {
                        out.add(path + "[" + i + "] (null element)");
                    }
                } else {
                    value(array.elementType(), element, path + "[" + i + "]", out);
                }
            }
        } else if (type instanceof MapType mapType && value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() == null) {
                    if (!mapType.valueContainsNull()) {
                        out.add(path + "[" + e.getKey() + "] (null value)");
                    }
                } else {
                    value(mapType.valueType(), e.getValue(), path + "[" + e.getKey() + "]", out);
                }
            }
        }
    }
}
