package io.lakeflow.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * timestamp (Long microseconds since the epoch, UTC) and timestamp_ntz (Long microseconds of a
 * local date-time read as if it were UTC).
 *
 * <p>Strings: ISO-8601 as {@link IsoDateTime} accepts; without an offset a timestamp is taken
 * as UTC; a date alone is midnight; timestamp_ntz refuses an offset (dropping it would shift
 * the value silently). Digits beyond microseconds are truncated (Spark cannot hold them).
 * Numbers, and strings holding only a number: epoch values in the field's
 * {@link TimestampUnit} (seconds by default), fractions allowed and truncated to microseconds.
 * Results outside the years 0001-9999 are an error, which catches a unit mix-up such as
 * milliseconds read as seconds.
 */
final class TimestampConverter implements ValueConverter {

    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z in microseconds. */
    static final long MIN_MICROS = -62_135_596_800_000_000L;
    static final long MAX_MICROS = 253_402_300_799_999_999L;

    private final DataType type;
    private final boolean zoned;
    private final TimestampUnit unit;

    TimestampConverter(DataType type, TimestampUnit unit) {
        this.type = type;
        this.zoned = type == DataTypes.TimestampType;
        this.unit = unit;
    }

    @Override
    public Object convert(Object value) {
        long micros;
        if (value instanceof String raw) {
            micros = fromString(NumberText.strip(raw), value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            micros = fromEpoch(((Number) value).longValue(), value);
        } else if (value instanceof BigInteger b) {
            if (b.bitLength() >= 64) {
                throw outOfRange(value);
            }
            micros = fromEpoch(b.longValue(), value);
        } else if (value instanceof BigDecimal d) {
            micros = fromEpoch(d, value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new Rejection(value, type, "it is not a finite number", "send an ISO-8601 string or an epoch number");
            }
            micros = fromEpoch(value instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(d), value);
        } else {
            throw new Rejection(value, type, "a timestamp is read from an ISO-8601 string or an epoch number",
                    "send a string like \"2024-01-02T03:04:05Z\" or epoch " + unit.configName());
        }
        if (micros < MIN_MICROS || micros > MAX_MICROS) {
            throw outOfRange(value);
        }
        return micros;
    }

    private long fromString(String s, Object value) {
        long simple = NumberText.parseLong(s);
        if (simple != NumberText.NOT_SIMPLE) {
            return fromEpoch(simple, value);
        }
        if (s.isEmpty()) {
            throw new Rejection(value, type, "it is blank",
                    "send null (or leave the key out) for a missing value, or a timestamp");
        }
        if (NumberText.isDecimal(s)) {
            return fromEpoch(new BigDecimal(s), value);
        }
        IsoDateTime p = new IsoDateTime();
        String error = p.parse(s);
        if (error != null) {
            throw new Rejection(value, type, error,
                    "send ISO-8601 text like \"2024-01-02T03:04:05.123456Z\", or epoch " + unit.configName());
        }
        if (p.hasOffset && !zoned) {
            throw new Rejection(value, type, "it has a zone offset, which timestamp_ntz would drop",
                    "declare the column as timestamp, or send local date-times without an offset");
        }
        // Whole seconds first, then the truncated sub-second part: exact for every representable value.
        long seconds = p.epochDay * 86_400L + p.nanoOfDay / 1_000_000_000L - p.offsetSeconds;
        return seconds * 1_000_000L + (p.nanoOfDay % 1_000_000_000L) / 1_000L;
    }

    private long fromEpoch(long v, Object value) {
        long micros = v * unit.microsPerUnit;
        if (unit.microsPerUnit != 1 && (v > MAX_MICROS / unit.microsPerUnit || v < MIN_MICROS / unit.microsPerUnit)) {
            throw outOfRange(value);
        }
        return micros;
    }

    private long fromEpoch(BigDecimal v, Object value) {
        BigDecimal micros = v.scaleByPowerOfTen(unit.microsExponent);
        if (micros.precision() - micros.scale() > 19) {
            throw outOfRange(value);
        }
        BigDecimal whole = micros.setScale(0, RoundingMode.FLOOR);
        if (whole.compareTo(BigDecimal.valueOf(MIN_MICROS)) < 0 || whole.compareTo(BigDecimal.valueOf(MAX_MICROS)) > 0) {
            throw outOfRange(value);
        }
        return whole.longValue();
    }

    private Rejection outOfRange(Object value) {
        return new Rejection(value, type, "as epoch " + unit.configName() + " it lies outside the years 0001-9999",
                "if the number is in another unit, set the field metadata " + RecordConverter.TIMESTAMP_UNIT_KEY
                        + " to seconds, millis or micros");
    }
}
