package io.lakeflow.convert;

import static io.lakeflow.convert.Conversions.convert;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

class TimestampPropertiesTest {

    /** 0002-01-01 .. 9998-12-31, so that any offset keeps the local year within 0001-9999. */
    private static final long MIN = Instant.parse("0002-01-01T00:00:00Z").getEpochSecond() * 1_000_000L;
    private static final long MAX = Instant.parse("9998-12-31T00:00:00Z").getEpochSecond() * 1_000_000L;

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxx"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX"));

    @Provide
    Arbitrary<Long> micros() {
        return Arbitraries.longs().between(MIN, MAX);
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60));
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    @Property(tries = 1000)
    void anyInstantInIsoWithAnyOffsetConvertsToTheSameMicros(@ForAll("micros") long micros,
                                                              @ForAll("offsets") ZoneOffset offset,
                                                              @ForAll("formats") DateTimeFormatter format) {
        String text = OffsetDateTime.ofInstant(instant(micros), offset).format(format);
        assertThat(convert(text, DataTypes.TimestampType)).as(text).isEqualTo(micros);
    }

    @Provide
    Arbitrary<DateTimeFormatter> formats() {
        return Arbitraries.of(FORMATS);
    }

    @Property(tries = 500)
    void isoWithoutOffsetIsUtcAndNtzIsTheLocalWallClock(@ForAll("micros") long micros) {
        String local = instant(micros).atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
        assertThat(convert(local, DataTypes.TimestampType)).as(local).isEqualTo(micros);
        assertThat(convert(local, DataTypes.TimestampNTZType)).as(local).isEqualTo(micros);
    }

    @Property(tries = 500)
    void epochSecondsMillisAndMicrosAgree(@ForAll("micros") long micros) {
        StructType schema = new StructType(new StructField[] {
                field("s", "seconds"), field("ms", "millis"), field("us", "micros")});
        RecordConverter c = RecordConverter.of(schema);
        BigDecimal seconds = BigDecimal.valueOf(micros, 6);
        BigDecimal millis = BigDecimal.valueOf(micros, 3);
        Object[] row = (Object[]) c.convert(Conversions.record("s", seconds, "ms", millis.toPlainString(), "us", micros));
        assertThat(row).containsExactly(micros, micros, micros);
        if (micros % 1_000_000 == 0) {
            row = (Object[]) c.convert(Conversions.record("s", micros / 1_000_000, "ms", micros / 1_000, "us",
                    Long.toString(micros)));
            assertThat(row).containsExactly(micros, micros, micros);
        }
        String iso = instant(micros).toString();
        assertThat(convert(iso, DataTypes.TimestampType)).isEqualTo(micros);
    }

    @Property(tries = 500)
    void anyDateRoundTrips(@ForAll("micros") long micros) {
        LocalDate date = instant(micros).atOffset(ZoneOffset.UTC).toLocalDate();
        assertThat(convert(date.toString(), DataTypes.DateType)).isEqualTo((int) date.toEpochDay());
    }

    private static StructField field(String name, String unit) {
        return new StructField(name, DataTypes.TimestampType, true,
                new MetadataBuilder().putString(RecordConverter.TIMESTAMP_UNIT_KEY, unit).build());
    }
}
