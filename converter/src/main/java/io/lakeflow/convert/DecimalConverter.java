package io.lakeflow.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.DecimalType;

/**
 * decimal(p,s), parsed with {@link BigDecimal} (never through a double, except a Double input,
 * which is read as its shortest decimal text: 0.1 is 0.1). More fractional digits than s or more
 * integer digits than p-s is an error: a decimal column never rounds silently. Trailing
 * fractional zeros do not count ({@code "1.50"} fits decimal(3,1)).
 */
final class DecimalConverter implements ValueConverter {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final DecimalType type;
    private final int precision;
    private final int scale;
    /** For precision at most 18 and whole-number inputs: |value| must stay below this. */
    private final long wholeLimit;

    DecimalConverter(DecimalType type) {
        this.type = type;
        this.precision = type.precision();
        this.scale = type.scale();
        this.wholeLimit = precision <= 18 ? POW10[precision - scale] : Long.MAX_VALUE;
    }

    @Override
    public Object convert(Object value) {
        if (precision <= 18 && (value instanceof Long || value instanceof Integer)) {
            long v = ((Number) value).longValue();
            if (v > -wholeLimit && v < wholeLimit) {
                return Decimal.createUnsafe(v * POW10[scale], precision, scale);
            }
            throw tooManyIntegerDigits(value);
        }
        return fit(toBigDecimal(value), value);
    }

    private BigDecimal toBigDecimal(Object value) {
        if (value instanceof String raw) {
            String s = NumberText.strip(raw);
            if (NumberText.isDecimal(s)) {
                return new BigDecimal(s);
            }
            if (s.isEmpty()) {
                throw new Rejection(value, type, "it is blank",
                        "send null (or leave the key out) for a missing value, or a number");
            }
            throw new Rejection(value, type, "it is not a decimal number",
                    "send a number, or declare the column as string");
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new Rejection(value, type, "it is not a finite number",
                        "declare the column as double to keep NaN and Infinity");
            }
            return value instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(d);
        }
        String fix = value instanceof Boolean ? "send a number, or declare the column as boolean"
                : value instanceof Map || value instanceof List
                ? "send a number, or declare the column as a struct, array, map or string"
                : "send a JSON-like value (String, Number, Boolean, List, Map or null)";
        throw new Rejection(value, type, "it is not a number", fix);
    }

    private Decimal fit(BigDecimal d, Object value) {
        if (d.signum() != 0 && d.precision() - d.scale() > precision - scale) {
            throw tooManyIntegerDigits(value);
        }
        if (d.scale() > scale) {
            BigDecimal stripped = d.stripTrailingZeros();
            if (stripped.scale() > scale) {
                throw new Rejection(value, type, "it has " + stripped.scale() + " fractional digits and the column keeps "
                        + scale + " (it would be rounded)",
                        "declare the column with a larger scale (decimal(" + Math.min(38, precision - scale + stripped.scale())
                        + "," + Math.min(38, stripped.scale()) + ")), or round in the connector");
            }
        }
        BigDecimal exact = d.setScale(scale, RoundingMode.UNNECESSARY);
        if (precision <= 18) {
            return Decimal.createUnsafe(exact.unscaledValue().longValue(), precision, scale);
        }
        return Decimal.apply(exact, precision, scale);
    }

    private Rejection tooManyIntegerDigits(Object value) {
        return new Rejection(value, type, "it has more than " + (precision - scale)
                + " integer digits, the most decimal(" + precision + "," + scale + ") holds",
                "declare the column with a larger precision (up to 38)");
    }
}
