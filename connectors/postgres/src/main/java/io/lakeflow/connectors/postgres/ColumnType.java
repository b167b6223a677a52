package io.lakeflow.connectors.postgres;

import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * A column's type as the connector reads it: how its text is converted ({@link ValueKind}) and
 * which Spark type it maps to.
 *
 * @param kind      the conversion
 * @param precision for {@link ValueKind#DECIMAL}, the precision (1..38); else 0
 * @param scale     for {@link ValueKind#DECIMAL}, the scale; else 0
 * @param element   for {@link ValueKind#ARRAY}, the element type; else {@code null}
 */
record ColumnType(ValueKind kind, int precision, int scale, ColumnType element) {

    /** Checks that the parts fit the kind. */
    ColumnType {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ValueKind.ARRAY) != (element != null)) {
            throw new IllegalArgumentException("an array type, and only an array type, has an element type");
        }
    }

    /** A type without parameters. */
    static ColumnType of(ValueKind kind) {
        return new ColumnType(kind, 0, 0, null);
    }

    /** {@code decimal(precision, scale)}. */
    static ColumnType decimal(int precision, int scale) {
        return new ColumnType(ValueKind.DECIMAL, precision, scale, null);
    }

    /** An array of {@code element}. */
    static ColumnType arrayOf(ColumnType element) {
        return new ColumnType(ValueKind.ARRAY, 0, 0, element);
    }

    /** The Spark type this column maps to. */
    DataType sparkType() {
        return switch (kind) {
            case BOOLEAN -> DataTypes.BooleanType;
            case SHORT -> DataTypes.ShortType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case FLOAT -> DataTypes.FloatType;
            case DOUBLE -> DataTypes.DoubleType;
            case DECIMAL -> DataTypes.createDecimalType(precision, scale);
            case TEXT -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case TIMESTAMP_NTZ -> DataTypes.TimestampNTZType;
            case BINARY -> DataTypes.BinaryType;
            case ARRAY -> DataTypes.createArrayType(element.sparkType(), true);
        };
    }

    /** Converts one value from its PostgreSQL text output; {@code null} stays {@code null}. */
    Object parse(String text) {
        if (text == null) {
            return null;
        }
        if (kind == ValueKind.ARRAY) {
            return ArrayLiteral.parse(text, element::parse);
        }
        return kind.parse(text);
    }
}
