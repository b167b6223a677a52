package io.lakeflow.connectors.example;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * What the example source accepts as a written value for each column type (the JSON shape of the
 * type), so that a write with a wrong value is refused with a 400 instead of being served later.
 * Nested values are checked one level deep: a struct must be an object, an array a list.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /** {@code null} when {@code value} fits {@code type}; otherwise what was expected. */
    static String mismatch(DataType type, Object value) {
        if (value == null) {
            return null;
        }
        boolean fits;
        String expected;
        if (type instanceof LongType || type instanceof IntegerType) {
            fits = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            expected = "an integer";
        } else if (type instanceof DoubleType || type instanceof DecimalType) {
            fits = value instanceof Number;
            expected = "a number";
        } else if (type instanceof BooleanType) {
            fits = value instanceof Boolean;
            expected = "true or false";
        } else if (type instanceof StringType) {
            fits = value instanceof String;
            expected = "a string";
        } else if (type instanceof DateType) {
            fits = value instanceof String text && parses(() -> LocalDate.parse(text));
            expected = "a date such as 2025-01-31";
        } else if (type instanceof TimestampType) {
            fits = value instanceof String text && parses(() -> CursorTime.parse(text));
            expected = "an ISO-8601 timestamp such as 2025-01-31T12:00:00Z";
        } else if (type instanceof BinaryType) {
            fits = value instanceof String text && parses(() -> Base64.getDecoder().decode(text));
            expected = "base64 text";
        } else if (type instanceof StructType || type instanceof MapType) {
            fits = value instanceof Map;
            expected = "a JSON object";
        } else if (type instanceof ArrayType) {
            fits = value instanceof List;
            expected = "a JSON array";
        } else {
            fits = true;
            expected = null;
        }
        return fits ? null : expected;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }
}
