package io.lakeflow.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * tinyint, smallint, int and bigint. Accepts integral numbers (including {@code 12.0} as a
 * Double or BigDecimal) and strings holding one ({@code "12"}, {@code "-3"}, {@code "+4"},
 * {@code "1e3"}); a fractional part, an out-of-range value, a boolean or a blank string is an
 * error, never a truncation.
 */
abstract class IntegralConverter implements ValueConverter {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    final DataType type;
    final long min;
    final long max;

    IntegralConverter(DataType type, long min, long max) {
        this.type = type;
        this.min = min;
        this.max = max;
    }

    static IntegralConverter forType(DataType type) {
        if (type == DataTypes.ByteType) {
            return new IntegralConverter(type, Byte.MIN_VALUE, Byte.MAX_VALUE) {
                @Override
                public Object convert(Object value) {
                    return (byte) toLong(value);
                }
            };
        }
        if (type == DataTypes.ShortType) {
            return new IntegralConverter(type, Short.MIN_VALUE, Short.MAX_VALUE) {
                @Override
                public Object convert(Object value) {
                    return (short) toLong(value);
                }
            };
        }
        if (type == DataTypes.IntegerType) {
            return new IntegralConverter(type, Integer.MIN_VALUE, Integer.MAX_VALUE) {
                @Override
                public Object convert(Object value) {
                    if (value instanceof Integer) {
                        return value;
                    }
                    return (int) toLong(value);
                }
            };
        }
        return new IntegralConverter(DataTypes.LongType, Long.MIN_VALUE, Long.MAX_VALUE) {
            @Override
            public Object convert(Object value) {
                if (value instanceof Long) {
                    return value;
                }
                return toLong(value);
            }
        };
    }

    /** The value as a long within [min, max], or a {@link Rejection}. */
    final long toLong(Object value) {
        long v;
        if (value instanceof Long l) {
            v = l;
        } else if (value instanceof Integer i) {
            v = i;
        } else if (value instanceof String s) {
            v = fromString(s, value);
        } else if (value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigInteger b) {
            if (b.bitLength() >= 64) {
                throw outOfRange(value);
            }
            v = b.longValue();
        } else if (value instanceof BigDecimal d) {
            v = fromBigDecimal(d, value);
        } else if (value instanceof Double || value instanceof Float) {
            v = fromDouble(((Number) value).doubleValue(), value);
        } else {
            throw notANumber(value);
        }
        if (v < min || v > max) {
            throw outOfRange(value);
        }
        return v;
    }

    private long fromString(String raw, Object value) {
        String s = NumberText.strip(raw);
        long v = NumberText.parseLong(s);
        if (v != NumberText.NOT_SIMPLE) {
            return v;
        }
        if (s.isEmpty()) {
            throw new Rejection(value, type, "it is blank",
                    "send null (or leave the key out) for a missing value, or a whole number");
        }
        if (!NumberText.isDecimal(s)) {
            throw new Rejection(value, type, "it is not a number",
                    "send a whole number, or declare the column as string");
        }
        return fromBigDecimal(new BigDecimal(s), value);
    }

    private long fromBigDecimal(BigDecimal d, Object value) {
        if (d.signum() == 0) {
            return 0;
        }
        if (d.precision() - d.scale() > 19) {
            throw outOfRange(value); // more than 19 integer digits: beyond any long, and cheap to tell
        }
        if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
            throw fractional(value);
        }
        if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
            throw outOfRange(value);
        }
        return d.longValue();
    }

    private long fromDouble(double d, Object value) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new Rejection(value, type, "it is not a finite number",
                    "declare the column as double to keep NaN and Infinity, or send whole numbers");
        }
        if (d != Math.rint(d)) {
            throw fractional(value);
        }
        // 2^63 is exactly representable; every double below it in magnitude fits a long.
        if (d < -9.223372036854775808E18 || d >= 9.223372036854775808E18) {
            throw outOfRange(value);
        }
        return (long) d;
    }

    private Rejection fractional(Object value) {
        return new Rejection(value, type, "it has a fractional part",
                "declare the column as double or decimal, or send whole numbers");
    }

    private Rejection outOfRange(Object value) {
        return new Rejection(value, type, "it is outside the range of " + type.simpleString() + " (" + min + " to "
                + max + ")", type == DataTypes.LongType
                ? "declare the column as decimal(38,0) or string"
                : "declare the column as a wider integer type (bigint) or decimal");
    }

    private Rejection notANumber(Object value) {
        String fix = value instanceof Boolean ? "send a number, or declare the column as boolean"
                : value instanceof Map || value instanceof List
                ? "send a number, or declare the column as a struct, array, map or string"
                : "send a JSON-like value (String, Number, Boolean, List, Map or null)";
        return new Rejection(value, type, "it is not a number", fix);
    }
}
