package io.lakeflow.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * string (and char(n)/varchar(n), with a length check). A String is kept as is; a number becomes
 * its JSON text ({@code 5}, {@code 1.5}, a BigDecimal in plain notation); a Boolean becomes
 * {@code true}/{@code false}; a Map or List becomes compact JSON text (never Java's
 * {@code toString}).
 */
final class StringConverter implements ValueConverter {

    private final DataType type;
    /** Largest length in characters (code points) for char(n)/varchar(n), or -1. */
    private final int maxLength;

    StringConverter(DataType type, int maxLength) {
        this.type = type;
        this.maxLength = maxLength;
    }

    @Override
    public Object convert(Object value) {
        String s = text(value);
        if (maxLength >= 0 && s.length() > maxLength && s.codePointCount(0, s.length()) > maxLength) {
            throw new Rejection(value, type, "it is longer than " + maxLength + " characters",
                    "declare the column as string, or trim the value in the connector");
        }
        return UTF8String.fromString(s);
    }

    private String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            // Integer, Long, BigInteger, Short, Byte, Double and Float print as Jackson writes them.
            return value.toString();
        }
        if (value instanceof Map || value instanceof List) {
            try {
                return JsonText.compact(value);
            } catch (JsonProcessingException e) {
                throw new Rejection(value, type, "it holds something that is not JSON-like ("
                        + e.getOriginalMessage() + ")",
                        "return only String, Number, Boolean, List, Map or null values from the connector");
            }
        }
        throw new Rejection(value, type, "it is not a JSON-like value",
                "return only String, Number, Boolean, List, Map or null values from the connector");
    }
}
