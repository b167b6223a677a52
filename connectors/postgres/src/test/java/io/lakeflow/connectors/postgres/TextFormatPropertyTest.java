package io.lakeflow.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Rules that hold for all values: PostgreSQL's own text output (from the real server) converts
 * back to the value that was stored.
 */
class TextFormatPropertyTest {

    private static Connection connection;
    private static String database;

    @BeforeContainer
    static void connect() throws SQLException {
        database = TestDatabase.createDatabase("props");
        connection = TestDatabase.connect(database);
        try (Statement s = connection.createStatement()) {
            s.execute("SET TIME ZONE 'UTC'");
        }
    }

    @AfterContainer
    static void disconnect() throws SQLException {
        connection.close();
    }

    @Property(tries = 300)
    void lsnTextRoundTrips(@ForAll long value) {
        Lsn lsn = new Lsn(value);
        assertThat(Lsn.parse(lsn.toString())).isEqualTo(lsn);
    }

    @Property(tries = 150)
    void textArraysRoundTripThroughTheServersArrayOutput(
            @ForAll @Size(max = 6) List<@WithNull(0.2) @StringLength(max = 8)
                    @Chars({'a', 'N', 'U', 'L', ',', '"', '\\', '{', '}', ' ', '\'', '\u00e9', '\n', '['}) String> values)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ?::text[]::text")) {
            ps.setArray(1, connection.createArrayOf("text", values.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object parsed = ColumnType.arrayOf(ColumnType.of(ValueKind.TEXT)).parse(rs.getString(1));
                assertThat(parsed).isEqualTo(values);
            }
        }
    }

    @Property(tries = 30)
    void copyTextFormatRoundTripsEveryString(
            @ForAll @Size(min = 1, max = 8) List<@WithNull(0.1) @StringLength(max = 10)
                    @Chars({'a', '\t', '\n', '\r', '\\', '\b', '\f', '\u000b', 'N', '.', '\u00e9', '\u2713', ' '})
                    String> values) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT v FROM (VALUES ");
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            sql.append(i == 0 ? "" : ", ").append('(').append(i).append(", ")
                    .append(v == null ? "NULL" : SqlIdentifier.literal(v)).append("::text)");
        }
        sql.append(") AS t(i, v) ORDER BY i");
        Connection own = TestDatabase.connect(database);
        own.setAutoCommit(false);
        List<Object> read = new java.util.ArrayList<>();
        try (CopyRows rows = new CopyRows(own, sql.toString(),
                List.of(new Column("v", ColumnType.of(ValueKind.TEXT), true, "text")), java.util.Map.of(), "values")) {
            rows.forEachRemaining(r -> read.add(r.get("v")));
        }
        assertThat(read).isEqualTo(values);
    }

    @Property(tries = 150)
    void timestamptzTextIsTheSameInstant(
            @ForAll @LongRange(min = -62135596800000000L, max = 253402300799999999L) long micros) throws SQLException {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
        try (PreparedStatement ps = connection.prepareStatement("SELECT ?::timestamptz::text, ?::timestamp::text")) {
            ps.setString(1, instant.toString());
            ps.setString(2, LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(Instant.parse((String) ValueKind.TIMESTAMP.parse(rs.getString(1)))).isEqualTo(instant);
                assertThat(LocalDateTime.parse((String) ValueKind.TIMESTAMP_NTZ.parse(rs.getString(2))))
                        .isEqualTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            }
        }
    }
}
