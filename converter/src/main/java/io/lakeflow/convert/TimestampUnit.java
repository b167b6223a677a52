package io.lakeflow.convert;

import java.util.Locale;

/**
 * The unit of epoch numbers in a timestamp field, chosen with the field metadata key
 * {@value RecordConverter#TIMESTAMP_UNIT_KEY} ({@code seconds}, the default, {@code millis} or
 * {@code micros}).
 */
public enum TimestampUnit {
    /** Seconds since 1970-01-01T00:00:00Z (the default). */
    SECONDS(1_000_000L, 6),
    /** Milliseconds since the epoch. */
    MILLIS(1_000L, 3),
    /** Microseconds since the epoch (Spark's own precision). */
    MICROS(1L, 0);

    final long microsPerUnit;
    final int microsExponent;

    TimestampUnit(long microsPerUnit, int microsExponent) {
        this.microsPerUnit = microsPerUnit;
        this.microsExponent = microsExponent;
    }

    /** The metadata spelling: {@code seconds}, {@code millis} or {@code micros}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a metadata value (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TimestampUnit fromConfigName(String name) {
        for (TimestampUnit unit : values()) {
            if (unit.configName().equalsIgnoreCase(name.strip())) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Timestamp unit '" + name + "' is not known: expected seconds, millis"
                + " or micros. Fix: set the field metadata " + RecordConverter.TIMESTAMP_UNIT_KEY
                + " to one of these.");
    }
}
