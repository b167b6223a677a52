package io.lakeflow.convert;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimeType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.VarcharType;
import org.apache.spark.sql.types.VariantType;

/**
 * Turns a schema into a tree of {@link ValueConverter}s, once. This is the only place that
 * looks at {@link DataType}s; converting a record then runs only the compiled nodes.
 */
final class ConverterCompiler {

    private final ValueFactory factory;

    ConverterCompiler(ValueFactory factory) {
        this.factory = factory;
    }

    StructConverter struct(StructType type, String path) {
        StructField[] fields = type.fields();
        ValueConverter[] converters = new ValueConverter[fields.length];
        for (int i = 0; i < fields.length; i++) {
            StructField f = fields[i];
            String fieldPath = path.isEmpty() ? f.name() : path + "." + f.name();
            TimestampUnit unit = TimestampUnit.SECONDS;
            if (f.metadata().contains(RecordConverter.TIMESTAMP_UNIT_KEY)) {
                String raw;
                try {
                    raw = f.metadata().getString(RecordConverter.TIMESTAMP_UNIT_KEY);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Field '" + fieldPath + "' has metadata "
                            + RecordConverter.TIMESTAMP_UNIT_KEY + " that is not a string. Fix: set it to \"seconds\","
                            + " \"millis\" or \"micros\".", e);
                }
                try {
                    unit = TimestampUnit.fromConfigName(raw);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Field '" + fieldPath + "': " + e.getMessage(), e);
                }
            }
            converters[i] = compile(f.dataType(), fieldPath, unit);
        }
        return new StructConverter(type, converters, factory);
    }

    ValueConverter compile(DataType type, String path, TimestampUnit unit) {
        // char(n) and varchar(n) are StringTypes in Spark 4: test them first.
        if (type instanceof VarcharType v) {
            return new StringConverter(type, v.length());
        }
        if (type instanceof CharType c) {
            return new StringConverter(type, c.length());
        }
        if (type instanceof StringType) {
            return new StringConverter(type, -1);
        }
        if (type instanceof IntegerType || type instanceof LongType || type instanceof ShortType
                || type instanceof ByteType) {
            return IntegralConverter.forType(type);
        }
        if (type instanceof DoubleType || type instanceof FloatType) {
            return FloatingConverter.forType(type);
        }
        if (type instanceof DecimalType d) {
            if (d.scale() < 0 || d.scale() > d.precision()) {
                throw new IllegalArgumentException("Field '" + path + "' has type " + type.simpleString()
                        + ", whose scale is outside 0.." + d.precision() + ". Fix: declare decimal(p,s) with 0 <= s <= p.");
            }
            return new DecimalConverter(d);
        }
        if (type instanceof BooleanType) {
            return new BooleanConverter();
        }
        if (type instanceof DateType) {
            return new DateConverter();
        }
        if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return new TimestampConverter(type, unit);
        }
        if (type instanceof TimeType t) {
            return new TimeConverter(t);
        }
        if (type instanceof BinaryType) {
            return new BinaryConverter();
        }
        if (type instanceof VariantType) {
            return new VariantConverter();
        }
        if (type instanceof StructType s) {
            return struct(s, path);
        }
        if (type instanceof ArrayType a) {
            return new ArrayConverter(a, compile(a.elementType(), path + "[]", unit), factory);
        }
        if (type instanceof MapType m) {
            return new MapConverter(m, compile(m.keyType(), path + "{key}", unit),
                    compile(m.valueType(), path + "{}", unit), factory);
        }
        throw new IllegalArgumentException("Field '" + path + "' has type " + type.simpleString()
                + ", which records cannot be converted to. Fix: declare it as one of string, boolean, tinyint,"
                + " smallint, int, bigint, float, double, decimal(p,s), date, timestamp, timestamp_ntz, time,"
                + " binary, variant, array, map or struct.");
    }
}
