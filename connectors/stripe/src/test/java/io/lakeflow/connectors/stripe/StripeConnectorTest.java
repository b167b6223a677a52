package io.lakeflow.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connector against the Stripe simulator without faults: drains, incremental reads, deletes, fallbacks. */
class StripeConnectorTest {

    static StripeSimulator sim;
    static Map<String, String> options;

    @BeforeAll
    static void start() throws Exception {
        sim = new StripeSimulator.Steady();
        options = sim.start();
    }

    @AfterAll
    static void stop() throws Exception {
        sim.close();
    }

    /** One drain: every batch's records, and the final offset. */
    record Drained(List<List<Map<String, Object>>> batches, List<Offset> starts, Offset end) {
        List<Map<String, Object>> records() {
            List<Map<String, Object>> all = new ArrayList<>();
            batches.forEach(all::addAll);
            return all;
        }

        Set<Object> ids() {
            Set<Object> ids = new LinkedHashSet<>();
            records().forEach(r -> ids.add(r.get("id")));
            return ids;
        }
    }

    static Drained drain(StripeConnector connector, String table, Offset start, boolean deletes) {
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        List<Offset> starts = new ArrayList<>();
        Offset offset = start;
        for (int call = 0; call < 60; call++) {
            ReadResult r = deletes ? connector.readTableDeletes(table, offset, Map.of())
                    : connector.readTable(table, offset, Map.of());
            List<Map<String, Object>> batch = new ArrayList<>();
            r.records().forEachRemaining(batch::add);
            if (r.offset().equals(offset)) {
                assertThat(batch).as("a call returning its start offset returns nothing new").isEmpty();
                return new Drained(batches, starts, offset);
            }
            starts.add(offset);
            batches.add(batch);
            offset = r.offset();
        }
        throw new AssertionError(table + " did not drain within 60 calls");
    }

    @Test
    void everyTableDrainsWithEveryListedObjectOnceAndCursorsNeverGoBack() {
        try (StripeConnector connector = new StripeConnector(options)) {
            for (String table : connector.listTables()) {
                Drained d = drain(connector, table, Offset.empty(), false);
                List<Object> listed = new ArrayList<>();
                long previousMax = Long.MIN_VALUE;
                for (List<Map<String, Object>> batch : d.batches()) {
                    long min = Long.MAX_VALUE;
                    long max = Long.MIN_VALUE;
                    Set<Object> keys = new java.util.HashSet<>();
                    for (Map<String, Object> r : batch) {
                        assertThat(keys.add(r.get("id"))).as("%s: key %s twice in one batch", table, r.get("id")).isTrue();
                        long cursor = ((Number) r.get(StripeTable.CURSOR)).longValue();
                        min = Math.min(min, cursor);
                        max = Math.max(max, cursor);
                        listed.add(r.get("id"));
                    }
                    if (!batch.isEmpty()) {
                        assertThat(min).as("%s: cursor went back", table).isGreaterThanOrEqualTo(previousMax);
                        previousMax = Math.max(previousMax, max);
                    }
                }
                if (!table.equals("events")) {
                    assertThat(d.ids()).as(table).hasSizeGreaterThanOrEqualTo(35);
                    assertThat(d.batches().size()).as(table + ": several pages").isGreaterThanOrEqualTo(4);
                } else {
                    assertThat(d.ids()).hasSize(49);
                }
            }
        }
    }

    @Test
    void changesAfterTheListingComeFromEventsAndDeletesFromDeletedEvents() {
        Offset afterDrain;
        Offset deletesAfterDrain;
        try (StripeConnector connector = new StripeConnector(options)) {
            afterDrain = drain(connector, "customers", Offset.empty(), false).end();
            deletesAfterDrain = drain(connector, "customers", Offset.empty(), true).end();
        }
        assertThat(afterDrain.get("phase")).isEqualTo("events");
        Map<String, Object> created;
        String updatedId;
        try (StripeClient client = new StripeClient(StripeOptions.parse(options))) {
            created = client.post("/v1/customers", Map.of("email", "new@example.com", "name", "New"));
            updatedId = (String) client.list("/v1/customers", Map.of("limit", 1)).data().get(0).get("id");
            client.post("/v1/customers/" + updatedId, Map.of("name", "Renamed"));
            client.delete("/v1/customers/" + created.get("id"));
        }
        try (StripeConnector fresh = new StripeConnector(options)) {
            Drained changes = drain(fresh, "customers", afterDrain, false);
            Map<Object, Map<String, Object>> byId = new HashMap<>();
            changes.records().forEach(r -> byId.put(r.get("id"), r));
            assertThat(byId).containsKeys(created.get("id"), updatedId);
            assertThat(byId.get(updatedId).get("name")).isEqualTo("Renamed");
            assertThat(((Number) byId.get(updatedId).get(StripeTable.CURSOR)).longValue())
                    .isGreaterThanOrEqualTo(((Number) afterDrain.get("since")).longValue());

            Drained deletes = drain(fresh, "customers", deletesAfterDrain, true);
            assertThat(deletes.ids()).containsExactly(created.get("id"));
            assertThat(deletes.records().get(0)).containsKey(StripeTable.CURSOR);
        }
    }

    @Test
    void aFreshInstanceResumesFromEveryOffsetWithNothingLost() {
        try (StripeConnector connector = new StripeConnector(options)) {
            Drained first = drain(connector, "invoices", Offset.empty(), false);
            for (int i = 0; i < first.starts().size(); i++) {
                Set<String> due = new LinkedHashSet<>();
                for (int b = i; b < first.batches().size(); b++) {
                    first.batches().get(b).forEach(r -> due.add(r.get("id") + "@" + r.get(StripeTable.CURSOR)));
                }
                try (StripeConnector fresh = new StripeConnector(options)) {
                    Set<String> got = new LinkedHashSet<>();
                    drain(fresh, "invoices", Offset.fromJson(first.starts().get(i).toJson()), false).records()
                            .forEach(r -> got.add(r.get("id") + "@" + r.get(StripeTable.CURSOR)));
                    assertThat(got).as("resumed from " + first.starts().get(i)).containsAll(due);
                }
            }
        }
    }

    @Test
    void aPositionOlderThanTheEventRetentionListsTheTableAgain() {
        long now = System.currentTimeMillis() / 1000L;
        Offset stale = Offset.of(Map.of("phase", "events", "since", now - 40L * 86_400, "seen", List.of()));
        try (StripeConnector connector = new StripeConnector(options)) {
            ReadResult r = connector.readTable("products", stale, Map.of());
            assertThat(r.records().hasNext()).isFalse();
            assertThat(r.offset().get("phase")).isEqualTo("list");
            Drained relisted = drain(connector, "products", r.offset(), false);
            assertThat(relisted.ids()).hasSizeGreaterThanOrEqualTo(35);
            assertThat(relisted.records()).allSatisfy(row ->
                    assertThat(((Number) row.get(StripeTable.CURSOR)).longValue()).isGreaterThanOrEqualTo(now - 2));
        }
    }

    @Test
    void aPositionNearTheRetentionEdgeIsStillReadFromEvents() {
        long now = System.currentTimeMillis() / 1000L;
        Offset edge = Offset.of(Map.of("phase", "events", "since", now - 30L * 86_400 + 3_600, "seen", List.of()));
        // the same position read 50 minutes later: still inside the 30 days, so no re-list
        try (StripeConnector later = new StripeConnector(options, () -> now + 3_000)) {
            ReadResult r = later.readTable("charges", edge, Map.of());
            assertThat(r.offset().get("phase")).isEqualTo("events");
        }
    }

    @Test
    void metadataAndSchemasFollowTheTableDefinitions() {
        try (StripeConnector connector = new StripeConnector(options)) {
            assertThat(connector.listTables()).hasSize(16).contains("customers", "balance_transactions", "events");
            assertThat(connector.readTableMetadata("customers", Map.of()).ingestionType()).isEqualTo(IngestionType.CDC_WITH_DELETES);
            assertThat(connector.readTableMetadata("charges", Map.of()).ingestionType()).isEqualTo(IngestionType.CDC);
            var schema = connector.getTableSchema("customers", Map.of());
            assertThat(schema.apply("created").dataType().typeName()).isEqualTo("timestamp");
            assertThat(schema.apply("address").dataType().typeName()).isEqualTo("struct");
            assertThat(schema.apply("default_source").dataType().typeName()).isEqualTo("string");
            assertThat(schema.apply("metadata").dataType().typeName()).isEqualTo("map");
            assertThat(schema.apply(StripeTable.CURSOR).dataType().typeName()).isEqualTo("timestamp");
            assertThatThrownBy(() -> connector.readTable("nope", Offset.empty(), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers");
            assertThatThrownBy(() -> connector.readTableDeletes("charges", Offset.empty(), Map.of()))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aWrongKeyIsReportedWithAFixAndWithoutTheKey() {
        Map<String, String> wrong = new HashMap<>(options);
        wrong.put(StripeOptions.API_KEY, "sk_test_definitely_wrong_key_1234");
        try (StripeConnector connector = new StripeConnector(wrong)) {
            assertThatThrownBy(() -> connector.readTable("customers", Offset.empty(), Map.of()))
                    .isInstanceOf(StripeApiException.class).hasMessageContaining("401").hasMessageContaining("Fix:")
                    .hasMessageNotContaining("sk_test_definitely_wrong_key_1234");
        }
        assertThat(new StripeConnector(options).toString()).doesNotContain(StripeSimulator.STAND_IN_KEY);
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> StripeOptions.parse(Map.of())).hasMessageContaining("api_key").hasMessageContaining("Fix:");
        assertThatThrownBy(() -> StripeOptions.parse(Map.of("api_key", "k", "page_size", "101")))
                .hasMessageContaining("page_size");
    }
}
