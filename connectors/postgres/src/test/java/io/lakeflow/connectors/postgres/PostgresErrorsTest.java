package io.lakeflow.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.Offset;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The failures a user meets, each with a message that says what happened and what to do. */
class PostgresErrorsTest {

    private static String db;

    @BeforeAll
    static void setUp() {
        try {
            db = TestDatabase.createDatabase("errs");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void table(String name) {
        TestDatabase.execute(db, "CREATE TABLE " + name + " (id int PRIMARY KEY, v text)",
                "INSERT INTO " + name + " SELECT g, 'v' || g FROM generate_series(1, 5) g");
    }

    @Test
    void wrongPasswordSaysAuthenticationFailedWithoutThePassword() {
        Map<String, String> options = new HashMap<>(TestDatabase.options(db));
        options.put("password", "definitely-not-it-42");
        try (PostgresConnector c = new PostgresConnector(options)) {
            assertThatThrownBy(c::listTables).isInstanceOf(PostgresException.class)
                    .hasMessageContaining("Authentication failed for user 'lakeflow'")
                    .hasMessageContaining("Fix:")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("definitely-not-it-42")
                            .doesNotContain(TestDatabase.PASSWORD));
        }
    }

    @Test
    void unreachableServerOrRefusedTlsSayWhereAndWhatToCheck() {
        Map<String, String> tls = new HashMap<>(TestDatabase.options(db));
        tls.put("sslmode", "require"); // the embedded server has no TLS
        try (PostgresConnector c = new PostgresConnector(tls)) {
            assertThatThrownBy(c::listTables).isInstanceOf(PostgresException.class)
                    .hasMessageContaining("Cannot connect to PostgreSQL at 127.0.0.1:").hasMessageContaining("sslmode");
        }
        Map<String, String> database = new HashMap<>(TestDatabase.options(db));
        database.put("database", "no_such_db");
        try (PostgresConnector c = new PostgresConnector(database)) {
            assertThatThrownBy(c::listTables).isInstanceOf(PostgresException.class)
                    .hasMessageContaining("Database not found").hasMessageContaining("Fix: check the database option");
        }
    }

    @Test
    void missingOptionsAreNamed() {
        assertThatThrownBy(() -> new PostgresConnector(Map.of("host", "127.0.0.1", "password", "pw-xyz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[database, user]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw-xyz"));
        Map<String, String> options = new HashMap<>(TestDatabase.options(db));
        options.put("port", "eighty");
        assertThatThrownBy(() -> new PostgresConnector(options)).hasMessageContaining("port");
    }

    @Test
    void aServerWithoutLogicalWalIsToldToSetItOrUseCursorCdc() throws Exception {
        // A second, short-lived server with PostgreSQL's default wal_level (replica); it trusts
        // local connections, so the superuser needs no password.
        try (EmbeddedPostgres replica = EmbeddedPostgres.builder().setServerConfig("wal_level", "replica")
                .setServerConfig("fsync", "off").start()) {
            try (Connection c = replica.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE wal_items (id int PRIMARY KEY, v text)");
                s.execute("INSERT INTO wal_items SELECT g, 'v' || g FROM generate_series(1, 3) g");
            }
            Map<String, String> options = new HashMap<>(TestDatabase.options(db));
            options.put("port", String.valueOf(replica.getPort()));
            options.put("database", "postgres");
            options.put("user", "postgres");
            options.put("password", "not-checked-by-trust");
            try (PostgresConnector c = new PostgresConnector(options)) {
                assertThatThrownBy(() -> c.readTable("public.wal_items", Offset.empty(), Map.of()))
                        .isInstanceOf(PostgresException.class)
                        .hasMessageContaining("runs with wal_level = replica")
                        .hasMessageContaining("Fix: set wal_level = logical")
                        .hasMessageContaining("ingestion_type=cdc")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-checked-by-trust"));
                // The suggested way out works on the same server.
                assertThat(Drain.rows(c, "public.wal_items", Offset.empty(), Map.of("ingestion_type", "snapshot"))
                        .records()).hasSize(3);
            }
        }
    }

    @Test
    void userWithoutReplicationIsToldToGrantItOrUseCursorCdc() throws Exception {
        table("no_repl");
        try (Connection c = TestDatabase.connect(db); Statement s = c.createStatement()) {
            s.execute("GRANT SELECT ON no_repl TO " + TestDatabase.READER);
        }
        Map<String, String> options = new HashMap<>(TestDatabase.options(db));
        options.put("user", TestDatabase.READER);
        options.put("password", TestDatabase.READER_PASSWORD);
        try (PostgresConnector c = new PostgresConnector(options)) {
            assertThatThrownBy(() -> c.readTable("public.no_repl", Offset.empty(), Map.of()))
                    .isInstanceOf(PostgresException.class)
                    .hasMessageContaining("has no REPLICATION attribute")
                    .hasMessageContaining("ingestion_type=cdc");
            // The suggested way out works for the same user.
            assertThat(Drain.rows(c, "public.no_repl", Offset.empty(), Map.of("ingestion_type", "snapshot"))
                    .records()).hasSize(5);
        }
    }

    @Test
    void slotDroppedBetweenRunsIsReported() throws Exception {
        table("slot_gone");
        Offset end;
        String slot;
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            end = Drain.rows(c, "public.slot_gone", Offset.empty(), Map.of()).end();
            slot = c.slotName("public.slot_gone", false);
        }
        try (Connection c = TestDatabase.superuser(db); Statement s = c.createStatement()) {
            s.execute("SELECT pg_drop_replication_slot('" + slot + "')");
        }
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            assertThatThrownBy(() -> c.readTable("public.slot_gone", end, Map.of()))
                    .isInstanceOf(PostgresException.class)
                    .hasMessageContaining("Replication slot " + slot)
                    .hasMessageContaining("no longer exists")
                    .hasMessageContaining("full refresh");
        }
    }

    @Test
    void tableDroppedAndRecreatedBetweenRunsIsReported() {
        table("recreated");
        Offset end;
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            end = Drain.rows(c, "public.recreated", Offset.empty(), Map.of()).end();
        }
        TestDatabase.execute(db, "DROP TABLE recreated");
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            assertThatThrownBy(() -> c.readTable("public.recreated", end, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unknown table 'public.recreated'")
                    .hasMessageContaining("dropped");
        }
        table("recreated");
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            assertThatThrownBy(() -> c.readTable("public.recreated", end, Map.of()))
                    .isInstanceOf(PostgresException.class)
                    .hasMessageContaining("was dropped and re-created");
        }
    }

    @Test
    void tableDroppedDuringARunIsReported() {
        table("dropped_mid_run");
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            Map<String, String> snapshot = Map.of("ingestion_type", "snapshot");
            assertThat(c.getTableSchema("public.dropped_mid_run", snapshot).fieldNames()).contains("id");
            TestDatabase.execute(db, "DROP TABLE dropped_mid_run");
            assertThatThrownBy(() -> c.readTable("public.dropped_mid_run", Offset.empty(), snapshot))
                    .isInstanceOf(PostgresException.class)
                    .hasMessageContaining("dropped or altered during the run");
        }
    }

    @Test
    void tableAlteredDuringARunIsReportedAndAFreshRunReadsTheNewColumn() {
        table("altered");
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            Offset end = Drain.rows(c, "public.altered", Offset.empty(), Map.of()).end();
            TestDatabase.execute(db, "ALTER TABLE altered ADD COLUMN extra int",
                    "INSERT INTO altered VALUES (6, 'v6', 66)");
            try (PostgresConnector sameRun = new PostgresConnector(TestDatabase.options(db))) {
                sameRun.getTableSchema("public.altered", Map.of()); // schema read before the change below
                TestDatabase.execute(db, "ALTER TABLE altered ADD COLUMN later int",
                        "INSERT INTO altered VALUES (7, 'v7', 77, 7)");
                assertThatThrownBy(() -> Drain.rows(sameRun, "public.altered", end, Map.of()))
                        .isInstanceOf(PostgresException.class)
                        .hasMessageContaining("was altered during the run")
                        .hasMessageContaining("[later]");
            }
            try (PostgresConnector fresh = new PostgresConnector(TestDatabase.options(db))) {
                assertThat(Drain.rows(fresh, "public.altered", end, Map.of()).records())
                        .extracting(r -> r.get("extra")).containsExactly(66, 77);
            }
        }
    }

    @Test
    void truncateAsksForAFullRefresh() {
        table("truncated");
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            Offset end = Drain.rows(c, "public.truncated", Offset.empty(), Map.of()).end();
            TestDatabase.execute(db, "TRUNCATE truncated");
            try (PostgresConnector fresh = new PostgresConnector(TestDatabase.options(db))) {
                assertThatThrownBy(() -> Drain.rows(fresh, "public.truncated", end, Map.of()))
                        .isInstanceOf(PostgresException.class).hasMessageContaining("was truncated");
            }
        }
    }
}
