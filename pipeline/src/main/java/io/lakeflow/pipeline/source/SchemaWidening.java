package io.lakeflow.pipeline.source;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Whether one schema is another with only nullability widened: the same fields, in the same order,
 * of the same types, where a field, an array's elements or a map's values may be nullable in the
 * wider schema though not in the narrower one (never the reverse). Rows of the narrower schema are
 * then rows of the wider one, unchanged.
 */
final class SchemaWidening {

    private SchemaWidening() {
    }

    /**
     * @return null when {@code wider} only widens {@code narrower}'s nullability; otherwise where
     *         and how they first differ
     */
    static String difference(StructType wider, StructType narrower) {
        return difference(wider, narrower, "");
    }

    private static String difference(DataType wider, DataType narrower, String path) {
        String at = path.isEmpty() ? "the top level" : "'" + path + "'";
        if (wider instanceof StructType w && narrower instanceof StructType n) {
            if (w.fields().length != n.fields().length) {
                return at + " has " + w.fields().length + " fields, the table " + n.fields().length;
            }
            for (int i = 0; i < w.fields().length; i++) {
                StructField wf = w.fields()[i];
                StructField nf = n.fields()[i];
                String field = path.isEmpty() ? wf.name() : path + "." + wf.name();
                if (!wf.name().equals(nf.name())) {
                    return "field #" + (i + 1) + " of " + at + " is '" + wf.name() + "', the table's is '" + nf.name()
                            + "'";
                }
                if (nf.nullable() && !wf.nullable()) {
                    return "'" + field + "' is not nullable, but the table's is";
                }
                String d = difference(wf.dataType(), nf.dataType(), field);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (wider instanceof ArrayType w && narrower instanceof ArrayType n) {
            if (n.containsNull() && !w.containsNull()) {
                return "the elements of " + at + " are not nullable, but the table's are";
            }
            return difference(w.elementType(), n.elementType(), path + "[]");
        }
        if (wider instanceof MapType w && narrower instanceof MapType n) {
            if (n.valueContainsNull() && !w.valueContainsNull()) {
                return "the values of " + at + " are not nullable, but the table's are";
            }
            String d = difference(w.keyType(), n.keyType(), path + "{key}");
            return d != null ? d : difference(w.valueType(), n.valueType(), path + "{value}");
        }
        return wider.equals(narrower) ? null
                : at + " is " + wider.simpleString() + ", the table's is " + narrower.simpleString();
    }
}
