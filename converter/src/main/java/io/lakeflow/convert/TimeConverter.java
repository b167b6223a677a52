package io.lakeflow.convert;

import org.apache.spark.sql.types.TimeType;

/**
 * time(p), as Spark's internal Long nanoseconds since midnight: a string
 * {@code HH:MM[:SS[.fraction]]}; digits beyond the type's precision p are truncated.
 */
final class TimeConverter implements ValueConverter {

    private final TimeType type;
    private final long unitNanos;

    TimeConverter(TimeType type) {
        this.type = type;
        long u = 1;
        for (int i = type.precision(); i < 9; i++) {
            u *= 10;
        }
        this.unitNanos = u;
    }

    @Override
    public Object convert(Object value) {
        if (!(value instanceof String raw)) {
            throw new Rejection(value, type, "a time of day is read from a string HH:MM[:SS[.fraction]]",
                    "send the time as text like \"13:45:00\"");
        }
        IsoDateTime p = new IsoDateTime();
        String error = p.parseTime(NumberText.strip(raw));
        if (error != null) {
            throw new Rejection(value, type, error, "send the time as text like \"13:45:00.123\"");
        }
        return p.nanoOfDay / unitNanos * unitNanos;
    }
}
