package io.lakeflow.convert;

import org.apache.spark.sql.types.DataTypes;

/**
 * date, as Spark's internal Integer days since 1970-01-01. Accepts {@code "YYYY-MM-DD"}, and an
 * ISO date-time whose time is exactly midnight with no offset or a zero offset
 * ({@code "2024-01-02T00:00:00Z"}, as some APIs send dates); the date is then the one written.
 * Any other time of day is an error: dropping it would silently lose data, and converting to a
 * UTC date could shift the day. Numbers are an error (days or seconds would be a guess).
 */
final class DateConverter implements ValueConverter {

    @Override
    public Object convert(Object value) {
        if (!(value instanceof String raw)) {
            throw new Rejection(value, DataTypes.DateType, "a date is read from an ISO-8601 string (YYYY-MM-DD)",
                    value instanceof Number
                            ? "send the date as \"YYYY-MM-DD\", or declare the column as timestamp (epoch numbers) or int"
                            : "send the date as \"YYYY-MM-DD\"");
        }
        IsoDateTime p = new IsoDateTime();
        String error = p.parse(NumberText.strip(raw));
        if (error != null) {
            throw new Rejection(value, DataTypes.DateType, error, "send the date as \"YYYY-MM-DD\"");
        }
        if (p.nanoOfDay != 0 || p.offsetSeconds != 0) {
            throw new Rejection(value, DataTypes.DateType, "it has a time of day or zone offset, which a date would drop",
                    "declare the column as timestamp, or send only the date (YYYY-MM-DD)");
        }
        return (int) p.epochDay;
    }
}
