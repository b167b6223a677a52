package io.lakeflow.testkit.checks;

import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Dotted paths ({@code address.city}) through records and through struct schemas. */
final class RecordPaths {

    private RecordPaths() {
    }

    /** The value at {@code path} in {@code record}; {@code null} when missing or null on the way. */
    static Object get(Map<?, ?> record, String path) {
        Object current = record;
        for (String part : path.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** The type at {@code path} in {@code schema}, through nested structs; {@code null} when it does not resolve. */
    static DataType resolve(StructType schema, String path) {
        DataType current = schema;
        for (String part : path.split("\\.", -1)) {
            if (!(current instanceof StructType struct)) {
                return null;
            }
            DataType next = null;
            for (StructField field : struct.fields()) {
                if (field.name().equals(part)) {
                    next = field.dataType();
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }
}
