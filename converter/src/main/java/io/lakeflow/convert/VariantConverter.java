package io.lakeflow.convert;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.types.variant.Variant;
import org.apache.spark.types.variant.VariantBuilder;
import org.apache.spark.types.variant.VariantSizeLimitException;
import org.apache.spark.unsafe.types.VariantVal;

/**
 * variant, as {@link VariantVal}, built with Spark's own {@link VariantBuilder} (spark-variant,
 * which spark-unsafe brings). A String is JSON text and is parsed (as Spark's
 * {@code parse_json} does); a Map, List, Number or Boolean is encoded directly, the way
 * {@code parse_json} would encode its JSON text: integers that fit a long as integers, decimals
 * of at most 38 digits as decimals, other numbers as doubles.
 */
final class VariantConverter implements ValueConverter {

    @Override
    public Object convert(Object value) {
        try {
            Variant v;
            if (value instanceof String s) {
                v = VariantBuilder.parseJson(s, false);
            } else {
                VariantBuilder builder = new VariantBuilder(false);
                append(builder, value);
                v = builder.result();
            }
            return new VariantVal(v.getValue(), v.getMetadata());
        } catch (VariantSizeLimitException e) {
            throw new Rejection(value, DataTypes.VariantType, "it is larger than a variant may be (16 MiB)",
                    "split the value, or declare the column as string");
        } catch (IOException e) {
            throw new Rejection(value, DataTypes.VariantType, "a string for a variant column must be JSON text",
                    "send the value as a Map/List/number rather than text, or declare the column as string");
        } catch (UnsupportedValue e) {
            throw new Rejection(value, DataTypes.VariantType, "it holds a " + e.getMessage()
                    + ", which is not a JSON-like value",
                    "return only String, Number, Boolean, List, Map or null values from the connector");
        } catch (RuntimeException e) {
            // Spark's builder refuses e.g. duplicate object keys; its message names the problem, not the data.
            throw new Rejection(value, DataTypes.VariantType, "Spark cannot encode it as a variant ("
                    + e.getClass().getSimpleName() + ")",
                    "send JSON without duplicate keys, or declare the column as string");
        }
    }

    private static void append(VariantBuilder b, Object value) {
        if (value == null) {
            b.appendNull();
        } else if (value instanceof String s) {
            b.appendString(s);
        } else if (value instanceof Boolean bool) {
            b.appendBoolean(bool);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            b.appendLong(((Number) value).longValue());
        } else if (value instanceof BigInteger i) {
            if (i.bitLength() < 64) {
                b.appendLong(i.longValue());
            } else {
                appendDecimalOrDouble(b, new BigDecimal(i));
            }
        } else if (value instanceof BigDecimal d) {
            appendDecimalOrDouble(b, d);
        } else if (value instanceof Double d) {
            b.appendDouble(d);
        } else if (value instanceof Float f) {
            b.appendFloat(f);
        } else if (value instanceof Map<?, ?> map) {
            ArrayList<VariantBuilder.FieldEntry> fields = new ArrayList<>(map.size());
            int start = b.getWritePos();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                fields.add(new VariantBuilder.FieldEntry(key, b.addKey(key), b.getWritePos() - start));
                append(b, e.getValue());
            }
            b.finishWritingObject(start, fields);
        } else if (value instanceof List<?> list) {
            ArrayList<Integer> offsets = new ArrayList<>(list.size());
            int start = b.getWritePos();
            for (Object e : list) {
                offsets.add(b.getWritePos() - start);
                append(b, e);
            }
            b.finishWritingArray(start, offsets);
        } else {
            throw new UnsupportedValue(value.getClass().getName());
        }
    }

    private static void appendDecimalOrDouble(VariantBuilder b, BigDecimal d) {
        BigDecimal v = d.scale() < 0 ? d.setScale(0) : d;
        if (v.scale() <= 38 && v.precision() <= 38) {
            b.appendDecimal(v);
        } else {
            b.appendDouble(d.doubleValue());
        }
    }

    /** A value inside a variant that is not JSON-like. */
    private static final class UnsupportedValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedValue(String className) {
            super(className, null, false, false);
        }
    }
}
