package io.lakeflow.testkit.checks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code schema_valid}: a non-empty schema whose field names are unique (also ignoring case, as
 * Spark does by default, and inside nested structs), equal on every call and instance.
 */
public final class SchemaValid implements ConformanceCheck {

    @Override
    public String id() {
        return "schema_valid";
    }

    @Override
    public String rule() {
        return "the schema is non-empty, its names unique (case-insensitively), and deterministic";
    }

    @Override
    public void run(CheckContext context) {
        String table = context.table();
        StructType first = context.freshConnector().getTableSchema(table, context.tableOptions());
        if (first == null) {
            throw context.fail("getTableSchema to return a StructType", "null", "return the table's schema");
        }
        if (first.fields().length == 0) {
            throw context.fail("at least one field", "an empty StructType", "declare the table's columns");
        }
        uniqueNames(context, first, "");
        StructType shared = context.schema();
        if (!first.equals(shared)) {
            context.problem("an equal schema from every instance", first.simpleString() + " then " + shared.simpleString(),
                    "build the schema from the table definition or the source's metadata, not from instance state");
        }
        StructType again = context.freshConnector().getTableSchema(table, context.tableOptions());
        if (!first.equals(again)) {
            context.problem("an equal schema on every call", first.simpleString() + " then "
                    + (again == null ? "null" : again.simpleString()), "make getTableSchema deterministic (stable field order)");
        }
    }

    private static void uniqueNames(CheckContext context, StructType struct, String prefix) {
        Map<String, String> seen = new HashMap<>();
        for (StructField field : struct.fields()) {
            String name = field.name();
            if (name == null || name.isBlank()) {
                context.problem("non-blank field names", "a blank name in " + (prefix.isEmpty() ? "the top level" : prefix),
                        "name every field");
                continue;
            }
            String previous = seen.put(name.toLowerCase(Locale.ROOT), name);
            if (previous != null) {
                context.problem("unique field names (Spark compares them case-insensitively)",
                        "'" + prefix + previous + "' and '" + prefix + name + "'",
                        "rename one of them (e.g. append a suffix) or drop the duplicate");
            }
            nested(context, field.dataType(), prefix + name);
        }
    }

    private static void nested(CheckContext context, DataType type, String path) {
        if (type instanceof StructType s) {
            uniqueNames(context, s, path + ".");
        } else if (type instanceof ArrayType a) {
            nested(context, a.elementType(), path + "[]");
        } else if (type instanceof MapType m) {
            nested(context, m.valueType(), path + "{}");
        }
    }
}
