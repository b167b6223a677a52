package io.lakeflow.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import io.lakeflow.convert.RecordConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every mapped type, with extreme values and nulls, through both read paths (snapshot and decoded
 * changes) and then through the framework's shared converter into Spark values.
 */
class TypeRoundTripTest {

    /**
     * One value of one type.
     *
     * @param sqlType   the column type
     * @param literal   the value as SQL text (cast to the column type)
     * @param sparkType the Spark type it must map to
     * @param record    the record value the connector must return
     * @param spark     the converted Spark value, normalised (see {@link #normalise})
     */
    private record Case(String sqlType, String literal, DataType sparkType, Object record, Object spark) {
    }

    private static final DataType STRING = DataTypes.StringType;
    private static final List<Case> CASES = List.of(
            new Case("boolean", "true", DataTypes.BooleanType, true, true),
            new Case("boolean", "false", DataTypes.BooleanType, false, false),
            new Case("smallint", "-32768", DataTypes.ShortType, (short) -32768, (short) -32768),
            new Case("smallint", "32767", DataTypes.ShortType, (short) 32767, (short) 32767),
            new Case("integer", "-2147483648", DataTypes.IntegerType, Integer.MIN_VALUE, Integer.MIN_VALUE),
            new Case("integer", "2147483647", DataTypes.IntegerType, Integer.MAX_VALUE, Integer.MAX_VALUE),
            new Case("bigint", "-9223372036854775808", DataTypes.LongType, Long.MIN_VALUE, Long.MIN_VALUE),
            new Case("bigint", "9223372036854775807", DataTypes.LongType, Long.MAX_VALUE, Long.MAX_VALUE),
            new Case("oid", "4294967295", DataTypes.LongType, 4294967295L, 4294967295L),
            new Case("real", "3.4028235e38", DataTypes.FloatType, Float.MAX_VALUE, Float.MAX_VALUE),
            new Case("real", "1.4e-45", DataTypes.FloatType, Float.MIN_VALUE, Float.MIN_VALUE),
            new Case("real", "0.1", DataTypes.FloatType, 0.1f, 0.1f),
            new Case("real", "'-0'", DataTypes.FloatType, -0.0f, -0.0f),
            new Case("real", "'NaN'", DataTypes.FloatType, Float.NaN, Float.NaN),
            new Case("real", "'-Infinity'", DataTypes.FloatType, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY),
            new Case("double precision", "1.7976931348623157e308", DataTypes.DoubleType, Double.MAX_VALUE, Double.MAX_VALUE),
            new Case("double precision", "4.9e-324", DataTypes.DoubleType, Double.MIN_VALUE, Double.MIN_VALUE),
            new Case("double precision", "0.1", DataTypes.DoubleType, 0.1d, 0.1d),
            new Case("double precision", "'Infinity'", DataTypes.DoubleType, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
            new Case("numeric(38,10)", "9999999999999999999999999999.9999999999", DataTypes.createDecimalType(38, 10),
                    new BigDecimal("9999999999999999999999999999.9999999999"),
                    new BigDecimal("9999999999999999999999999999.9999999999")),
            new Case("numeric(38,0)", "-99999999999999999999999999999999999999", DataTypes.createDecimalType(38, 0),
                    new BigDecimal("-99999999999999999999999999999999999999"),
                    new BigDecimal("-99999999999999999999999999999999999999")),
            new Case("numeric(5,2)", "-0.5", DataTypes.createDecimalType(5, 2), new BigDecimal("-0.50"),
                    new BigDecimal("-0.50")),
            new Case("numeric", "123456789012345678901234567890.123456789012345678901234567890", STRING,
                    "123456789012345678901234567890.123456789012345678901234567890",
                    "123456789012345678901234567890.123456789012345678901234567890"),
            new Case("numeric(50,5)", "1.5", STRING, "1.50000", "1.50000"),
            new Case("text", "'h\u00e9llo \u2713 \"q\" ''s'' \\ {a,b}\n'", STRING, "h\u00e9llo \u2713 \"q\" 's' \\ {a,b}\n",
                    "h\u00e9llo \u2713 \"q\" 's' \\ {a,b}\n"),
            new Case("text", "''", STRING, "", ""),
            new Case("varchar(10)", "'abc'", STRING, "abc", "abc"),
            new Case("char(5)", "'ab'", STRING, "ab   ", "ab   "),
            new Case("uuid", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", STRING, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                    "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            new Case("jsonb", "'{\"b\": [1, 2.5, null], \"a\": \"x\"}'", STRING, "{\"a\": \"x\", \"b\": [1, 2.5, null]}",
                    "{\"a\": \"x\", \"b\": [1, 2.5, null]}"),
            new Case("json", "'{\"b\":1,  \"a\":2}'", STRING, "{\"b\":1,  \"a\":2}", "{\"b\":1,  \"a\":2}"),
            new Case("mood", "'sad'", STRING, "sad", "sad"),
            new Case("posint", "42", DataTypes.IntegerType, 42, 42),
            new Case("interval", "'1 day 02:03:04'", STRING, "1 day 02:03:04", "1 day 02:03:04"),
            new Case("inet", "'192.168.0.1/24'", STRING, "192.168.0.1/24", "192.168.0.1/24"),
            new Case("bytea", "'\\x00ff10'", DataTypes.BinaryType, "AP8Q", "00ff10"),
            new Case("bytea", "''", DataTypes.BinaryType, "", ""),
            new Case("date", "'0001-01-01'", DataTypes.DateType, "0001-01-01", days("0001-01-01")),
            new Case("date", "'9999-12-31'", DataTypes.DateType, "9999-12-31", days("9999-12-31")),
            new Case("date", "'infinity'", DataTypes.DateType, "9999-12-31", days("9999-12-31")),
            new Case("date", "'-infinity'", DataTypes.DateType, "0001-01-01", days("0001-01-01")),
            new Case("timestamp", "'0001-01-01 00:00:00'", DataTypes.TimestampNTZType, "0001-01-01T00:00:00",
                    ntz("0001-01-01T00:00:00")),
            new Case("timestamp", "'9999-12-31 23:59:59.999999'", DataTypes.TimestampNTZType,
                    "9999-12-31T23:59:59.999999", ntz("9999-12-31T23:59:59.999999")),
            new Case("timestamp", "'infinity'", DataTypes.TimestampNTZType, "9999-12-31T23:59:59.999999",
                    ntz("9999-12-31T23:59:59.999999")),
            new Case("timestamptz", "'2024-06-01 12:00:00.5+05:30'", DataTypes.TimestampType,
                    "2024-06-01T06:30:00.5Z", micros("2024-06-01T06:30:00.5Z")),
            new Case("timestamptz", "'0001-01-01 00:00:00+00'", DataTypes.TimestampType, "0001-01-01T00:00:00Z",
                    micros("0001-01-01T00:00:00Z")),
            new Case("timestamptz", "'9999-12-31 23:59:59.999999+00'", DataTypes.TimestampType,
                    "9999-12-31T23:59:59.999999Z", micros("9999-12-31T23:59:59.999999Z")),
            new Case("timestamptz", "'-infinity'", DataTypes.TimestampType, "0001-01-01T00:00:00Z",
                    micros("0001-01-01T00:00:00Z")),
            new Case("integer[]", "'{1,NULL,-3}'", DataTypes.createArrayType(DataTypes.IntegerType, true),
                    Arrays.asList(1, null, -3), Arrays.asList(1, null, -3)),
            new Case("integer[]", "'{}'", DataTypes.createArrayType(DataTypes.IntegerType, true), List.of(), List.of()),
            new Case("text[]", "ARRAY['a,b', 'c\"d', NULL, 'NULL', ' sp ', '', 'x\\y']",
                    DataTypes.createArrayType(STRING, true),
                    Arrays.asList("a,b", "c\"d", null, "NULL", " sp ", "", "x\\y"),
                    Arrays.asList("a,b", "c\"d", null, "NULL", " sp ", "", "x\\y")),
            new Case("numeric(10,2)[]", "'{1.5,-2}'", DataTypes.createArrayType(DataTypes.createDecimalType(10, 2), true),
                    List.of(new BigDecimal("1.50"), new BigDecimal("-2.00")),
                    List.of(new BigDecimal("1.50"), new BigDecimal("-2.00"))),
            new Case("timestamptz[]", "ARRAY['2024-01-02 03:04:05+00'::timestamptz]",
                    DataTypes.createArrayType(DataTypes.TimestampType, true), List.of("2024-01-02T03:04:05Z"),
                    List.of(micros("2024-01-02T03:04:05Z"))),
            new Case("bytea[]", "ARRAY['\\x0102'::bytea]", DataTypes.createArrayType(DataTypes.BinaryType, true),
                    List.of("AQI="), List.of("0102")),
            new Case("boolean[]", "'{t,f}'", DataTypes.createArrayType(DataTypes.BooleanType, true), List.of(true, false),
                    List.of(true, false)),
            new Case("mood[]", "'{happy,sad}'", DataTypes.createArrayType(STRING, true), List.of("happy", "sad"),
                    List.of("happy", "sad")));

    private static String db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.createDatabase("types");
        StringBuilder ddl = new StringBuilder("CREATE TABLE rt (id int PRIMARY KEY");
        for (int i = 0; i < CASES.size(); i++) {
            ddl.append(", c").append(i).append(' ').append(CASES.get(i).sqlType());
        }
        TestDatabase.execute(db, "CREATE TYPE mood AS ENUM ('happy', 'sad')",
                "CREATE DOMAIN posint AS integer CHECK (VALUE > 0)", ddl.append(')').toString(),
                insertValues(1), "INSERT INTO rt (id) VALUES (2)");
    }

    private static String insertValues(int id) {
        StringBuilder sql = new StringBuilder("INSERT INTO rt VALUES (" + id);
        for (Case c : CASES) {
            sql.append(", (").append(c.literal()).append(")::").append(c.sqlType());
        }
        return sql.append(')').toString();
    }

    @Test
    void everyTypeRoundTripsThroughSnapshotAndChangesAndTheConverter() {
        Map<Integer, Map<String, Object>> snapshot = new LinkedHashMap<>();
        Map<Integer, Map<String, Object>> changes = new LinkedHashMap<>();
        StructType schema;
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            schema = c.getTableSchema("public.rt", Map.of());
            Drain first = Drain.rows(c, "public.rt", Offset.empty(), Map.of());
            first.records().forEach(r -> snapshot.put((Integer) r.get("id"), r));
            TestDatabase.execute(db, insertValues(11), "INSERT INTO rt (id) VALUES (12)");
            try (PostgresConnector fresh = new PostgresConnector(TestDatabase.options(db))) {
                Drain.rows(fresh, "public.rt", first.end(), Map.of()).records()
                        .forEach(r -> changes.put((Integer) r.get("id"), r));
            }
        }
        assertThat(snapshot.keySet()).containsExactly(1, 2);
        assertThat(changes.keySet()).containsExactly(11, 12);
        RecordConverter converter = RecordConverter.of(schema);
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String col = "c" + i;
            String what = c.sqlType() + " " + c.literal();
            assertThat(schema.apply(col).dataType()).as(what).isEqualTo(c.sparkType());
            assertThat(snapshot.get(1).get(col)).as("snapshot " + what).isEqualTo(c.record());
            assertThat(changes.get(11).get(col)).as("change " + what).isEqualTo(c.record());
            assertThat(snapshot.get(2).get(col)).as("null " + what).isNull();
            assertThat(changes.get(12).get(col)).as("null change " + what).isNull();
        }
        for (Map<String, Object> record : List.of(snapshot.get(1), changes.get(11), snapshot.get(2), changes.get(12))) {
            Object[] row = (Object[]) converter.convert(record);
            boolean nulls = (Integer) record.get("id") % 10 == 2;
            for (int i = 0; i < CASES.size(); i++) {
                Object actual = normalise(row[schema.fieldIndex("c" + i)]);
                assertThat(actual).as("converted " + CASES.get(i)).isEqualTo(nulls ? null : CASES.get(i).spark());
            }
        }
    }

    @Test
    void schemaDistinguishesArrayElementTypes() {
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            StructType schema = c.getTableSchema("public.rt", Map.of());
            long arrays = Arrays.stream(schema.fields()).filter(f -> f.dataType() instanceof ArrayType).count();
            assertThat(arrays).isEqualTo(CASES.stream().filter(x -> x.sqlType().endsWith("[]")).count());
        }
    }

    /** Spark internal values as plain Java: strings, BigDecimal, hex for binary, lists for arrays. */
    private static Object normalise(Object v) {
        if (v == null || v instanceof Boolean || v instanceof Number && !(v instanceof BigDecimal)) {
            return v;
        }
        if (v instanceof Decimal d) {
            return d.toJavaBigDecimal();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        if (v instanceof Object[] a) {
            List<Object> out = new ArrayList<>();
            for (Object e : a) {
                out.add(normalise(e));
            }
            return out;
        }
        return v.toString();
    }

    private static Integer days(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    private static Long micros(String instant) {
        Instant i = Instant.parse(instant);
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
    }

    private static Long ntz(String local) {
        return micros(LocalDateTime.parse(local).toInstant(ZoneOffset.UTC).toString());
    }
}
