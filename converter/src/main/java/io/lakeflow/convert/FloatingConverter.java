package io.lakeflow.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * float and double. Accepts numbers and numeric strings; the strings {@code NaN},
 * {@code Infinity}, {@code +Infinity} and {@code -Infinity} (also {@code Inf}, any letter case)
 * are accepted for these two types only, since JSON numbers cannot spell them. A value beyond
 * the type's range is an error, not an infinity. Rounding to the nearest float or double is
 * what the column type asks for and is not an error.
 */
abstract class FloatingConverter implements ValueConverter {

    final DataType type;

    private FloatingConverter(DataType type) {
        this.type = type;
    }

    static FloatingConverter forType(DataType type) {
        if (type == DataTypes.FloatType) {
            return new FloatingConverter(type) {
                @Override
                public Object convert(Object value) {
                    if (value instanceof Float) {
                        return value;
                    }
                    double d = value instanceof String s ? fromString(s, value) : toDouble(value);
                    float f = (float) d;
                    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                        throw new Rejection(value, type, "it is outside the range of float (about ±3.4e38)",
                                "declare the column as double");
                    }
                    return f;
                }
            };
        }
        return new FloatingConverter(DataTypes.DoubleType) {
            @Override
            public Object convert(Object value) {
                if (value instanceof Double) {
                    return value;
                }
                return value instanceof String s ? fromString(s, value) : toDouble(value);
            }
        };
    }

    final double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Float f) {
            return f;
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            double d = ((Number) value).doubleValue();
            if (Double.isInfinite(d)) {
                throw new Rejection(value, type, "it is outside the range of double (about ±1.8e308)",
                        "declare the column as decimal or string");
            }
            return d;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).doubleValue();
        }
        String fix = value instanceof Boolean ? "send a number, or declare the column as boolean"
                : value instanceof Map || value instanceof List
                ? "send a number, or declare the column as a struct, array, map or string"
                : "send a JSON-like value (String, Number, Boolean, List, Map or null)";
        throw new Rejection(value, type, "it is not a number", fix);
    }

    final double fromString(String raw, Object value) {
        String s = NumberText.strip(raw);
        if (NumberText.isDecimal(s)) {
            double d = Double.parseDouble(s);
            if (Double.isInfinite(d)) {
                throw new Rejection(value, type, "it is outside the range of double (about ±1.8e308)",
                        "declare the column as decimal or string");
            }
            return d;
        }
        if (s.isEmpty()) {
            throw new Rejection(value, type, "it is blank",
                    "send null (or leave the key out) for a missing value, or a number");
        }
        if (s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        String unsigned = s.charAt(0) == '+' || s.charAt(0) == '-' ? s.substring(1) : s;
        if (unsigned.equalsIgnoreCase("Infinity") || unsigned.equalsIgnoreCase("Inf")) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new Rejection(value, type, "it is not a number",
                "send a number (or NaN, Infinity, -Infinity), or declare the column as string");
    }
}
