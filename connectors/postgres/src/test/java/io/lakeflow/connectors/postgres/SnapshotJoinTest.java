package io.lakeflow.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snapshot and the change stream meet without gap or overlap, however the first read happens. */
class SnapshotJoinTest {

    private static String db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.createDatabase("join");
    }

    private static PostgresConnector connector() {
        return new PostgresConnector(TestDatabase.options(db));
    }

    private static void table(String name) {
        TestDatabase.execute(db, "CREATE TABLE " + name + " (id int PRIMARY KEY, v text)",
                "INSERT INTO " + name + " SELECT g, 'v' || g FROM generate_series(1, 10) g");
    }

    @Test
    void aSecondFirstReadOfAnExistingSlotSkipsWhatItsSnapshotSaw() throws Exception {
        table("again");
        String t = "public.again";
        Offset firstEnd;
        try (PostgresConnector c = connector()) {
            firstEnd = Drain.rows(c, t, Offset.empty(), Map.of()).end(); // creates the slot
        }
        TestDatabase.execute(db, "UPDATE again SET v = 'seen' WHERE id = 5");
        try (Connection open = TestDatabase.connect(db); Statement s = open.createStatement()) {
            open.setAutoCommit(false);
            s.execute("UPDATE again SET v = 'in-flight' WHERE id = 6"); // not committed during the snapshot
            Offset refreshEnd;
            try (PostgresConnector c = connector()) {
                Drain refresh = Drain.rows(c, t, Offset.empty(), Map.of());
                assertThat(refresh.records()).hasSize(10)
                        .anySatisfy(r -> assertThat(r).containsEntry("id", 5).containsEntry("v", "seen"))
                        .anySatisfy(r -> assertThat(r).containsEntry("id", 6).containsEntry("v", "v6"));
                refreshEnd = refresh.end();
            }
            // The first drain's offset is still good: the slot was neither re-created nor advanced past it.
            try (PostgresConnector c = connector()) {
                assertThat(Drain.rows(c, t, firstEnd, Map.of()).records())
                        .extracting(r -> r.get("id") + "=" + r.get("v")).containsExactly("5=seen");
            }
            open.commit();
            TestDatabase.execute(db, "UPDATE again SET v = 'later' WHERE id = 7");
            try (PostgresConnector c = connector()) {
                List<Map<String, Object>> changes = Drain.rows(c, t, refreshEnd, Map.of()).records();
                assertThat(changes).extracting(r -> r.get("id") + "=" + r.get("v"))
                        .containsExactly("6=in-flight", "7=later");
            }
        }
    }

    @Test
    void aSlotLeftByAnInterruptedFirstReadIsJoinedThroughTheSnapshotFilter() throws Exception {
        table("left_over");
        String t = "public.left_over";
        try (PostgresConnector c = leftOver();
             Connection su = TestDatabase.superuser(db); Statement st = su.createStatement()) {
            // As an earlier first read that died before the framework stored its offset leaves them
            // (after publishing the table, which the connector always does first).
            st.execute("CREATE PUBLICATION left_over_pub");
            st.execute("ALTER PUBLICATION left_over_pub ADD TABLE left_over");
            st.execute("SELECT pg_create_logical_replication_slot('" + c.slotName(t, false) + "', 'pgoutput')");
            st.execute("SELECT pg_create_logical_replication_slot('" + c.slotName(t, true) + "', 'pgoutput')");
        }
        TestDatabase.execute(db, "UPDATE left_over SET v = 'before' WHERE id = 2");
        try (Connection open = TestDatabase.connect(db); Statement s = open.createStatement()) {
            open.setAutoCommit(false);
            s.execute("UPDATE left_over SET v = 'in-flight' WHERE id = 1");
            Offset end;
            try (PostgresConnector c = leftOver()) {
                Drain d = Drain.rows(c, t, Offset.empty(), Map.of());
                assertThat(d.records()).hasSize(10)
                        .anySatisfy(r -> assertThat(r).containsEntry("id", 2).containsEntry("v", "before"));
                end = d.end();
            }
            open.commit();
            try (PostgresConnector c = leftOver()) {
                Drain d = Drain.rows(c, t, end, Map.of());
                assertThat(d.records()).extracting(r -> r.get("id") + "=" + r.get("v")).containsExactly("1=in-flight");
                assertThat(d.end().asMap()).doesNotContainKeys("snapshot", "until");
            }
        }
    }

    private static PostgresConnector leftOver() {
        Map<String, String> options = new java.util.HashMap<>(TestDatabase.options(db));
        options.put("publication_name", "left_over_pub");
        return new PostgresConnector(options);
    }
}
