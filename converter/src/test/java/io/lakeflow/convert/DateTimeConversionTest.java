package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.assertRejects;
import static io.lakeflow.convert.Conversions.convert;
import static io.lakeflow.convert.Conversions.record;
import static io.lakeflow.convert.Conversions.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimeType;
import org.junit.jupiter.api.Test;

class DateTimeConversionTest {

    private static long micros(String instant) {
        Instant i = Instant.parse(instant);
        return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }

    // ---- date

    @Test
    void datesAreDaysSinceEpoch() {
        assertThat(convert("2024-01-02", DataTypes.DateType)).isEqualTo((int) LocalDate.of(2024, 1, 2).toEpochDay());
        assertThat(convert("1969-12-31", DataTypes.DateType)).isEqualTo(-1);
        assertThat(convert("0001-01-01", DataTypes.DateType)).isEqualTo((int) LocalDate.of(1, 1, 1).toEpochDay());
        assertThat(convert("2024-02-29", DataTypes.DateType)).isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(convert("2024-01-02T00:00:00Z", DataTypes.DateType)).isEqualTo((int) LocalDate.of(2024, 1, 2).toEpochDay());
        assertThat(convert("2024-01-02T00:00:00.000+0000", DataTypes.DateType))
                .isEqualTo((int) LocalDate.of(2024, 1, 2).toEpochDay());
        assertThat(convert("2024-01-02 00:00", DataTypes.DateType)).isEqualTo((int) LocalDate.of(2024, 1, 2).toEpochDay());
    }

    @Test
    void datesRejectTimesOffsetsNumbersAndImpossibleDays() {
        assertRejects("2024-01-02T10:00:00Z", DataTypes.DateType).hasMessageContaining("time of day")
                .hasMessageContaining("declare the column as timestamp");
        assertRejects("2024-01-02T00:00:00+02:00", DataTypes.DateType).hasMessageContaining("zone offset");
        assertRejects("2023-02-29", DataTypes.DateType).hasMessageContaining("does not exist");
        assertRejects("2024-13-01", DataTypes.DateType).hasMessageContaining("does not exist");
        assertRejects("0000-01-01", DataTypes.DateType).hasMessageContaining("does not exist");
        assertRejects("01/02/2024", DataTypes.DateType).hasMessageContaining("not an ISO-8601 date");
        assertRejects("2024-1-2", DataTypes.DateType).hasMessageContaining("not an ISO-8601 date");
        assertRejects(19000, DataTypes.DateType).hasMessageContaining("ISO-8601 string");
    }

    // ---- timestamp

    @Test
    void timestampsParseIsoWithOffsetsAndKeepMicros() {
        assertThat(convert("2024-01-02T03:04:05.123456Z", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T03:04:05.123456Z"));
        assertThat(convert("2024-01-02T03:04:05+02:00", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T01:04:05Z"));
        assertThat(convert("2024-01-02T03:04:05.5-0130", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T04:34:05.5Z"));
        assertThat(convert("2024-01-02T03:04:05-05", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T08:04:05Z"));
        assertThat(convert("2024-01-02T03:04Z", DataTypes.TimestampType)).isEqualTo(micros("2024-01-02T03:04:00Z"));
    }

    @Test
    void timestampsWithoutOffsetAreUtc() {
        assertThat(convert("2024-01-02T03:04:05", DataTypes.TimestampType)).isEqualTo(micros("2024-01-02T03:04:05Z"));
        assertThat(convert("2024-01-02 03:04:05.000001", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T03:04:05.000001Z"));
        assertThat(convert("2024-01-02", DataTypes.TimestampType)).isEqualTo(micros("2024-01-02T00:00:00Z"));
    }

    @Test
    void nanosecondsAreTruncatedToMicros() {
        assertThat(convert("2024-01-02T03:04:05.123456789Z", DataTypes.TimestampType))
                .isEqualTo(micros("2024-01-02T03:04:05.123456Z"));
        assertThat(convert("1969-12-31T23:59:59.9999999Z", DataTypes.TimestampType)).isEqualTo(-1L);
    }

    @Test
    void epochNumbersAreSecondsByDefault() {
        assertThat(convert(1_700_000_000L, DataTypes.TimestampType)).isEqualTo(1_700_000_000_000_000L);
        assertThat(convert("1700000000", DataTypes.TimestampType)).isEqualTo(1_700_000_000_000_000L);
        assertThat(convert(1_512_085_950.000216, DataTypes.TimestampType)).isEqualTo(1_512_085_950_000_216L);
        assertThat(convert("1512085950.000216", DataTypes.TimestampType)).isEqualTo(1_512_085_950_000_216L);
        assertThat(convert(-1, DataTypes.TimestampType)).isEqualTo(-1_000_000L);
    }

    @Test
    void epochMillisInSecondsFieldIsCaughtAsOutOfRange() {
        assertRejects(1_700_000_000_000L, DataTypes.TimestampType)
                .hasMessageContaining("as epoch seconds it lies outside the years 0001-9999")
                .hasMessageContaining("Fix: if the number is in another unit, set the field metadata lakeflow.timestamp.unit");
    }

    @Test
    void timestampUnitMetadataChoosesMillisOrMicros() {
        StructField millis = new StructField("t", DataTypes.TimestampType, true,
                new MetadataBuilder().putString(RecordConverter.TIMESTAMP_UNIT_KEY, "millis").build());
        StructField micros = new StructField("u", DataTypes.createArrayType(DataTypes.TimestampType), true,
                new MetadataBuilder().putString(RecordConverter.TIMESTAMP_UNIT_KEY, "micros").build());
        RecordConverter c = RecordConverter.of(schema(millis, micros));
        Object[] row = (Object[]) c.convert(record("t", 1_700_000_000_123L, "u", List.of("1700000000123456")));
        assertThat(row[0]).isEqualTo(1_700_000_000_123_000L);
        assertThat((Object[]) row[1]).containsExactly(1_700_000_000_123_456L);
    }

    @Test
    void badTimestampUnitIsRefusedAtCompileTime() {
        StructField f = new StructField("t", DataTypes.TimestampType, true,
                new MetadataBuilder().putString(RecordConverter.TIMESTAMP_UNIT_KEY, "hours").build());
        assertThatThrownBy(() -> RecordConverter.of(schema(f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 't'").hasMessageContaining("'hours' is not known")
                .hasMessageContaining("Fix:");
    }

    @Test
    void timestampsRejectMalformedText() {
        for (String bad : List.of("2024-01-02T25:00:00Z", "2024-01-02T03:04:05+19:00", "2024-01-02T03:04:05 UTC",
                "yesterday", "2024-01-02T03:04:05.Z", "2024-01-02X03:04")) {
            assertRejects(bad, DataTypes.TimestampType).hasMessageContaining("Fix: send ISO-8601 text");
        }
        assertRejects(true, DataTypes.TimestampType).hasMessageContaining("ISO-8601 string or an epoch number");
        assertRejects("", DataTypes.TimestampType).hasMessageContaining("blank");
    }

    // ---- timestamp_ntz

    @Test
    void timestampNtzKeepsTheLocalDateTime() {
        long expected = ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0),
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000));
        assertThat(convert("2024-01-02T03:04:05.000006", DataTypes.TimestampNTZType)).isEqualTo(expected);
        assertRejects("2024-01-02T03:04:05Z", DataTypes.TimestampNTZType).hasMessageContaining("zone offset")
                .hasMessageContaining("declare the column as timestamp");
    }

    // ---- time

    @Test
    void timesAreNanosOfDayTruncatedToPrecision() {
        assertThat(convert("13:45:01.123456789", TimeType.apply(6)))
                .isEqualTo(LocalTime.of(13, 45, 1, 123_456_000).toNanoOfDay());
        assertThat(convert("13:45", TimeType.apply(0))).isEqualTo(LocalTime.of(13, 45).toNanoOfDay());
        assertRejects("13:45Z", TimeType.apply(6)).hasMessageContaining("no zone offset");
        assertRejects("25:00", TimeType.apply(6)).hasMessageContaining("does not exist");
    }

    @Test
    void epochDecimalsAgreeWithIso() {
        long viaIso = (long) convert(Instant.ofEpochSecond(1_700_000_000L, 987_654_000).atOffset(ZoneOffset.UTC).toString(),
                DataTypes.TimestampType);
        assertThat(convert(new BigDecimal("1700000000.987654"), DataTypes.TimestampType)).isEqualTo(viaIso);
    }
}
