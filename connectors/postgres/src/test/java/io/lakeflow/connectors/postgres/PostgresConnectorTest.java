package io.lakeflow.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.TableMetadata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresConnectorTest {

    private static String db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.createDatabase("conn");
        TestDatabase.execute(db,
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id bigint PRIMARY KEY, customer text NOT NULL, amount numeric(12,2), "
                        + "placed_at timestamptz, note varchar(40))",
                "INSERT INTO sales.orders SELECT g, 'c' || g, g * 1.5, timestamptz '2024-01-01 00:00:00+00' "
                        + "+ g * interval '1 hour', NULL FROM generate_series(1, 50) g",
                "CREATE TABLE public.events (kind text, payload jsonb)",
                "INSERT INTO public.events VALUES ('a', '{\"x\": 1}'), ('b', NULL)",
                "CREATE TABLE public.items (sku text PRIMARY KEY, updated_at timestamp NOT NULL, qty int)",
                "INSERT INTO public.items SELECT 'sku' || lpad(g::text, 3, '0'), timestamp '2024-05-01' "
                        + "+ (g % 7) * interval '1 day', g FROM generate_series(1, 40) g");
    }

    private static PostgresConnector connector() {
        return new PostgresConnector(TestDatabase.options(db));
    }

    @Test
    void discoversSchemasTablesKeysAndTypes() {
        try (PostgresConnector c = connector()) {
            assertThat(c.listTables()).containsExactly("public.events", "public.items", "sales.orders");
            assertThat(c.listNamespaces(List.of())).containsExactly(List.of("public"), List.of("sales"));
            assertThat(c.listTables(List.of("sales"))).containsExactly("sales.orders");
            assertThat(c.readTableMetadata("sales.orders", Map.of()))
                    .isEqualTo(TableMetadata.cdcWithDeletes(PostgresConnector.LSN_COLUMN, "id"));
            assertThat(c.readTableMetadata("public.events", Map.of()).ingestionType()).isEqualTo(IngestionType.SNAPSHOT);
            StructType schema = c.getTableSchema("sales.orders", Map.of());
            assertThat(schema.apply("id").dataType()).isEqualTo(DataTypes.LongType);
            assertThat(schema.apply("id").nullable()).isFalse();
            assertThat(schema.apply("amount").dataType()).isEqualTo(DataTypes.createDecimalType(12, 2));
            assertThat(schema.apply("placed_at").dataType()).isEqualTo(DataTypes.TimestampType);
            assertThat(schema.apply("note").dataType()).isEqualTo(DataTypes.StringType);
            assertThat(schema.apply(PostgresConnector.LSN_COLUMN).dataType()).isEqualTo(DataTypes.LongType);
            assertThat(c.getTableSchema("public.items", Map.of()).apply("updated_at").dataType())
                    .isEqualTo(DataTypes.TimestampNTZType);
        }
    }

    @Test
    void schemasOptionLimitsTheTables() {
        Map<String, String> options = new HashMap<>(TestDatabase.options(db));
        options.put("schemas", "sales");
        try (PostgresConnector c = new PostgresConnector(options)) {
            assertThat(c.listTables()).containsExactly("sales.orders");
            assertThatThrownBy(() -> c.readTable("public.items", Offset.empty(), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown table 'public.items'");
        }
    }

    @Test
    void snapshotTableIsReadWholeInOneBatch() {
        try (PostgresConnector c = connector()) {
            ReadResult r = c.readTable("public.events", Offset.empty(), Map.of());
            List<Map<String, Object>> rows = new ArrayList<>();
            r.records().forEachRemaining(rows::add);
            assertThat(r.offset()).isNull();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("kind", "a").containsEntry("payload", "{\"x\": 1}");
            assertThat(c.readTableMetadata("public.events", Map.of()).primaryKeys()).containsExactly("kind", "payload");
        }
    }

    @Test
    void providerIsRegisteredAndMarksThePasswordSecret() {
        LakeflowConnectorProvider p = LakeflowConnectorProvider.find("postgres");
        assertThat(p.connectorClass()).isEqualTo(PostgresConnector.class);
        assertThat(p.connectionParameters()).anySatisfy(param -> {
            assertThat(param.name()).isEqualTo("password");
            assertThat(param.secret()).isTrue();
        });
        assertThat(p.redact(TestDatabase.options(db))).containsEntry("password", "***");
    }

    @Test
    void changeCaptureJoinsSnapshotAndStreamAndReportsDeletes() {
        String table = "sales.orders";
        Drain first;
        Drain deletesStart;
        try (PostgresConnector c = connector()) {
            first = Drain.rows(c, table, Offset.empty(), Map.of());
            deletesStart = Drain.deletes(c, table, Offset.empty(), Map.of());
        }
        assertThat(first.records()).hasSize(50);
        assertThat(first.records().get(0)).containsEntry("id", 1L).containsEntry("customer", "c1")
                .containsEntry("amount", new BigDecimal("1.50")).containsEntry("placed_at", "2024-01-01T01:00:00Z")
                .containsKey(PostgresConnector.LSN_COLUMN);
        TestDatabase.execute(db,
                "INSERT INTO sales.orders VALUES (100, 'new', 9.99, '2025-02-03 04:05:06.789+02', 'hi')",
                "UPDATE sales.orders SET amount = 0 WHERE id = 2",
                "DELETE FROM sales.orders WHERE id = 3",
                "BEGIN; INSERT INTO sales.orders VALUES (101, 'tmp', 1, NULL, NULL); "
                        + "UPDATE sales.orders SET customer = 'tmp2' WHERE id = 101; COMMIT",
                "BEGIN; INSERT INTO sales.orders VALUES (102, 'gone', 1, NULL, NULL); "
                        + "DELETE FROM sales.orders WHERE id = 102; COMMIT");
        Drain second;
        Drain deletes;
        try (PostgresConnector fresh = connector()) { // another "process", from the stored offsets
            second = Drain.rows(fresh, table, first.end(), Map.of());
            deletes = Drain.deletes(fresh, table, deletesStart.end(), Map.of());
        }
        assertThat(second.records()).extracting(r -> r.get("id")).containsExactly(100L, 2L, 101L);
        assertThat(second.records().get(0)).containsEntry("placed_at", "2025-02-03T02:05:06.789Z");
        assertThat(second.records().get(1)).containsEntry("amount", new BigDecimal("0.00"));
        assertThat(second.records().get(2)).containsEntry("customer", "tmp2");
        long snapshotLsn = (Long) first.records().get(0).get(PostgresConnector.LSN_COLUMN);
        assertThat(second.records()).allSatisfy(r ->
                assertThat((Long) r.get(PostgresConnector.LSN_COLUMN)).isGreaterThan(snapshotLsn));
        assertThat(deletes.records()).extracting(r -> r.get("id")).containsExactly(3L, 102L);
        // Nothing new: the stored offset drains at once, with another fresh instance.
        try (PostgresConnector again = connector()) {
            ReadResult r = again.readTable(table, second.end(), Map.of());
            assertThat(r.records().hasNext()).isFalse();
            assertThat(r.offset()).isEqualTo(second.end());
            // Re-reading from the previous offset still works (the slot is kept one batch behind).
            assertThat(Drain.rows(again, table, first.end(), Map.of()).records()).hasSize(3);
        }
    }

    @Test
    void partitionedTablesAreCapturedUnderTheirOwnName() {
        TestDatabase.execute(db,
                "CREATE TABLE public.measures (id int, day date, v real, PRIMARY KEY (id, day)) PARTITION BY RANGE (day)",
                "CREATE TABLE public.measures_2024 PARTITION OF public.measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE public.measures_2025 PARTITION OF public.measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
                "INSERT INTO public.measures VALUES (1, '2024-05-01', 1.5), (2, '2025-05-01', 2.5)");
        try (PostgresConnector c = connector()) {
            assertThat(c.listTables()).contains("public.measures").doesNotContain("public.measures_2024");
            Drain first = Drain.rows(c, "public.measures", Offset.empty(), Map.of());
            Drain firstDeletes = Drain.deletes(c, "public.measures", Offset.empty(), Map.of());
            assertThat(first.records()).hasSize(2);
            TestDatabase.execute(db, "INSERT INTO public.measures VALUES (3, '2025-06-01', 3.5)",
                    "DELETE FROM public.measures WHERE id = 1");
            try (PostgresConnector fresh = connector()) {
                assertThat(Drain.rows(fresh, "public.measures", first.end(), Map.of()).records())
                        .extracting(r -> r.get("id")).containsExactly(3);
                assertThat(Drain.deletes(fresh, "public.measures", firstDeletes.end(), Map.of()).records())
                        .extracting(r -> r.get("id") + "@" + r.get("day")).containsExactly("1@2024-05-01");
            }
        } finally {
            TestDatabase.execute(db, "DROP TABLE public.measures");
        }
    }

    @Test
    void largeValuesAnUpdateDidNotChangeAreReadFromTheTable() {
        TestDatabase.execute(db, "CREATE TABLE public.docs (id int PRIMARY KEY, title text, body text)",
                "ALTER TABLE public.docs ALTER COLUMN body SET STORAGE EXTERNAL", // out of line, uncompressed
                "INSERT INTO public.docs SELECT g, 't' || g, repeat('x', 9000) || g FROM generate_series(1, 3) g");
        try (PostgresConnector c = connector()) {
            Drain first = Drain.rows(c, "public.docs", Offset.empty(), Map.of());
            TestDatabase.execute(db, "UPDATE public.docs SET title = 'renamed' WHERE id = 2",
                    "UPDATE public.docs SET title = 'gone' WHERE id = 3", "DELETE FROM public.docs WHERE id = 3");
            try (PostgresConnector fresh = connector()) {
                List<Map<String, Object>> changes = Drain.rows(fresh, "public.docs", first.end(), Map.of()).records();
                // id 3's update is read after its delete: its body is gone, so only the delete reports it.
                assertThat(changes).hasSize(1);
                assertThat(changes.get(0)).containsEntry("id", 2).containsEntry("title", "renamed")
                        .containsEntry("body", "x".repeat(9000) + "2").doesNotContainKey("\u0000unchanged");
            }
        } finally {
            TestDatabase.execute(db, "DROP TABLE public.docs");
        }
    }

    @Test
    void aRunEndsAtTheWalPositionOfItsFirstRead() {
        String table = "sales.orders";
        try (PostgresConnector c = connector()) {
            Drain start = Drain.rows(c, table, Offset.empty(), Map.of());
            TestDatabase.execute(db, "UPDATE sales.orders SET note = 'after-cap' WHERE id = 10");
            Drain same = Drain.rows(c, table, start.end(), Map.of());
            assertThat(same.records()).isEmpty();
            try (PostgresConnector next = connector()) {
                assertThat(Drain.rows(next, table, start.end(), Map.of()).records())
                        .extracting(r -> r.get("note")).containsExactly("after-cap");
            }
        }
    }

    @Test
    void smallWalWindowsStillReturnEveryChangeOnce() {
        String table = "public.items";
        Map<String, String> opts = Map.of("wal_bytes_per_batch", "300", "ingestion_type", "cdc_with_deletes");
        Drain first;
        try (PostgresConnector c = connector()) {
            first = Drain.rows(c, table, Offset.empty(), opts);
        }
        for (int i = 1; i <= 20; i++) {
            TestDatabase.execute(db, "UPDATE public.items SET qty = qty + 1000 WHERE sku = 'sku" + String.format("%03d", i) + "'");
        }
        try (PostgresConnector c = connector()) {
            Drain d = Drain.rows(c, table, first.end(), opts);
            assertThat(d.batches()).isGreaterThan(3);
            assertThat(d.records()).extracting(r -> r.get("sku")).doesNotHaveDuplicates().hasSize(20);
        }
        // A run that crashed before committing is replayed from its first offset by a fresh instance:
        // the many batches of the run above must not have advanced the slot past it.
        try (PostgresConnector replay = connector()) {
            assertThat(Drain.rows(replay, table, first.end(), opts).records()).hasSize(20);
        }
    }

    @Test
    void cursorCdcPagesByCursorThenKeyWithoutLossOrRepeat() {
        Map<String, String> opts = Map.of("ingestion_type", "cdc", "cursor_field", "updated_at", "batch_size", "7");
        try (PostgresConnector c = connector()) {
            assertThat(c.readTableMetadata("public.items", opts)).isEqualTo(TableMetadata.cdc("updated_at", "sku"));
            Drain d = Drain.rows(c, "public.items", Offset.empty(), opts);
            assertThat(d.records()).hasSize(40);
            Set<Object> skus = new HashSet<>();
            d.records().forEach(r -> skus.add(r.get("sku")));
            assertThat(skus).hasSize(40);
            TestDatabase.execute(db, "UPDATE public.items SET updated_at = '2030-01-01', qty = -1 WHERE sku = 'sku005'");
            try (PostgresConnector fresh = connector()) {
                Drain more = Drain.rows(fresh, "public.items", d.end(), opts);
                assertThat(more.records()).extracting(r -> r.get("sku")).containsExactly("sku005");
                assertThat(more.records().get(0)).containsEntry("updated_at", "2030-01-01T00:00:00");
            }
        }
    }

    @Test
    void partitionsCoverTheTableExactlyOnce() {
        try (PostgresConnector c = connector()) {
            for (String table : List.of("sales.orders", "public.items")) {
                Map<String, String> opts = Map.of("partitions", "4");
                List<Map<String, Object>> parts = c.getPartitions(table, opts);
                assertThat(parts).hasSizeGreaterThan(1);
                assertThat(c.getPartitions(table, opts)).isEqualTo(parts);
                List<Object> keys = new ArrayList<>();
                String key = c.readTableMetadata(table, Map.of()).primaryKeys().get(0);
                for (Map<String, Object> p : parts) {
                    Map<String, Object> roundTripped = Offset.fromJson(Offset.of(p).toJson()).asMap();
                    try (PostgresConnector other = connector()) {
                        other.readPartition(table, roundTripped, opts).forEachRemaining(r -> keys.add(r.get(key)));
                    }
                }
                List<Object> all = new ArrayList<>();
                c.readTable(table, Offset.empty(), Map.of("ingestion_type", "snapshot")).records()
                        .forEachRemaining(r -> all.add(r.get(key)));
                assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            }
        }
    }
}
