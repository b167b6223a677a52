package io.lakeflow.testkit.checks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Orders cursor values as the pipeline would after conversion: numbers by value, timestamps as
 * instants (ISO-8601 text or epoch numbers), dates as dates, other values as text.
 */
final class CursorOrder {

    private CursorOrder() {
    }

    /**
     * A comparable form of {@code value} under {@code type}.
     *
     * @throws IllegalArgumentException when the value cannot be read as that type
     */
    static Comparable<?> comparable(DataType type, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("null");
        }
        if (type instanceof NumericType) {
            try {
                return new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a number");
            }
        }
        if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            if (value instanceof Number n) {
                long v = n.longValue();
                // Epoch seconds and epoch milliseconds both occur; they are told apart by size.
                return Math.abs(v) > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            }
            return timestamp(value.toString().trim());
        }
        if (type instanceof DateType) {
            try {
                return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not a date");
            }
        }
        return value.toString();
    }

    /** Compares two comparable forms made by {@link #comparable} for the same type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable<?> a, Comparable<?> b) {
        if (a.getClass() != b.getClass()) {
            return a.toString().compareTo(b.toString());
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Instant timestamp(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 timestamp");
                }
            }
        }
    }
}
