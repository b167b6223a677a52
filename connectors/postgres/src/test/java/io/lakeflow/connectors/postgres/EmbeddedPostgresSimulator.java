package io.lakeflow.connectors.postgres;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.testkit.Simulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conformance suite's PostgreSQL: a fresh database on the JVM's one embedded server
 * ({@link TestDatabase}, wal_level=logical), with a few tables covering the connector's ingestion
 * types and mapped column types.
 */
public final class EmbeddedPostgresSimulator implements Simulator {

    private String database;

    @Override
    public Map<String, String> start() throws Exception {
        database = TestDatabase.createDatabase("suite");
        TestDatabase.execute(database,
                "CREATE SCHEMA shop",
                "CREATE TYPE shop.order_status AS ENUM ('new', 'paid', 'shipped')",
                """
                CREATE TABLE shop.customers (
                  id bigint PRIMARY KEY, name text NOT NULL, email varchar(200), created_at timestamptz,
                  balance numeric(12,2), active boolean, tags text[], profile jsonb, avatar bytea,
                  birthday date, last_seen timestamp, score double precision, visits integer, rank smallint,
                  ref uuid)""",
                """
                INSERT INTO shop.customers
                SELECT g, 'customer ' || g, 'c' || g || '@example.com',
                       timestamptz '2024-01-01 00:00:00+00' + g * interval '1 day', g * 10.25, g % 2 = 0,
                       ARRAY['t' || g, 'x'], jsonb_build_object('n', g), decode(lpad(to_hex(g), 2, '0'), 'hex'),
                       date '1990-01-01' + g, timestamp '2024-06-01 10:00:00' + g * interval '1 minute', g / 3.0,
                       g * 7, g::smallint, md5(g::text)::uuid
                FROM generate_series(1, 30) g""",
                """
                CREATE TABLE shop.orders (
                  id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(10,2) NOT NULL,
                  status shop.order_status NOT NULL, placed_at timestamptz NOT NULL)""",
                """
                INSERT INTO shop.orders
                SELECT g, 1 + g % 30, g * 3.5, (ARRAY['new', 'paid', 'shipped'])[1 + g % 3]::shop.order_status,
                       timestamptz '2024-03-01 12:00:00+00' + g * interval '1 hour'
                FROM generate_series(1, 120) g""",
                "CREATE TABLE shop.audit_log (at timestamptz NOT NULL, message text NOT NULL)",
                "INSERT INTO shop.audit_log SELECT timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second', "
                        + "'event ' || g FROM generate_series(1, 25) g",
                """
                CREATE TABLE public.products (
                  sku text PRIMARY KEY, title text NOT NULL, price real NOT NULL, updated_at timestamptz NOT NULL)""",
                """
                INSERT INTO public.products
                SELECT 'sku-' || lpad(g::text, 4, '0'), 'product ' || g, g * 1.25,
                       timestamptz '2024-02-01 00:00:00+00' + (g % 5) * interval '1 hour'
                FROM generate_series(1, 40) g""");
        return TestDatabase.options(database);
    }

    /**
     * The table's rows as PostgreSQL renders them to JSON: the ground truth of the suite's
     * {@code read_complete} check (compared by primary key, so value formats do not matter).
     */
    @Override
    public Optional<List<Map<String, Object>>> expectedRecords(String table) {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT row_to_json(t)::text FROM " + quoted(table) + " t")) {
            while (result.next()) {
                rows.add(json.readValue(result.getString(1), new TypeReference<Map<String, Object>>() {}));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not read " + table + " for read_complete: " + e.getMessage(), e);
        }
        return Optional.of(rows);
    }

    /** {@code shop.orders} as {@code "shop"."orders"}. */
    private static String quoted(String table) {
        StringBuilder out = new StringBuilder();
        for (String part : table.split("\\.", 2)) {
            out.append(out.length() == 0 ? "" : ".").append('"').append(part.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }

    @Override
    public void close() {
        // The server is shared by the JVM's tests and stops with it; the database is left for inspection.
    }
}
