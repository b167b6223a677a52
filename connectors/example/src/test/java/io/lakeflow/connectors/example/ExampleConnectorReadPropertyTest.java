package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The connector's offset loop over cursor tables, for any page and batch size: a drain returns
 * every row exactly once, each batch within its bound, and a fresh connector started from any
 * returned offset (as after a restart) returns exactly the rows not yet returned.
 */
class ExampleConnectorReadPropertyTest {

    private static ExampleSourceServer server;

    @BeforeContainer
    static void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> cursorTables() {
        return Arbitraries.of(ExampleCatalog.tables().stream().filter(ExampleTable::hasCursor).map(ExampleTable::name).toList());
    }

    @Property(tries = 20)
    void drainReturnsEveryRowOnceWithinBatchBounds(@ForAll("cursorTables") String tableName,
                                                   @ForAll @IntRange(min = 1, max = 100) int pageSize,
                                                   @ForAll @IntRange(min = 1, max = 120) int batch) {
        ExampleTable table = ExampleCatalog.table(tableName);
        try (ExampleConnector connector = new ExampleConnector(Sources.options(server,
                "page_size", Integer.toString(pageSize), "max_records_per_batch", Integer.toString(batch)))) {
            OffsetLoop.Drained drained = OffsetLoop.drain(connector, tableName, Offset.empty(), false);

            assertThat(Sources.ids(drained.records(), table.keyField()))
                    .containsExactlyInAnyOrderElementsOf(Sources.ids(server.rows(tableName), table.keyField()));
            assertThat(drained.batchSizes()).allMatch(n -> n <= batch);
            assertThat(drained.calls()).isEqualTo((server.rows(tableName).size() + batch - 1) / batch + 1);
        }
    }

    @Property(tries = 8)
    void aFreshConnectorResumesFromEveryOffsetWithExactlyTheRest(@ForAll("cursorTables") String tableName,
                                                                 @ForAll @IntRange(min = 8, max = 60) int batch) {
        ExampleTable table = ExampleCatalog.table(tableName);
        Map<String, String> options = Sources.options(server, "page_size", "7", "max_records_per_batch",
                Integer.toString(batch));
        OffsetLoop.Drained first;
        try (ExampleConnector connector = new ExampleConnector(options)) {
            first = OffsetLoop.drain(connector, tableName, Offset.empty(), false);
        }
        List<Long> all = Sources.ids(first.records(), table.keyField());
        int consumed = 0;
        for (int k = 0; k < first.offsets().size(); k++) {
            consumed += first.batchSizes().get(k);
            // Through a JSON round trip, as a checkpoint stores it.
            Offset stored = Offset.fromJson(first.offsets().get(k).toJson());
            OffsetLoop.Drained rest = OffsetLoop.drain(() -> new ExampleConnector(options), tableName, stored, false, true);
            assertThat(Sources.ids(rest.records(), table.keyField()))
                    .as("resuming %s after %d records from %s", tableName, consumed, stored)
                    .isEqualTo(all.subList(consumed, all.size()));
        }
    }

    @Property(tries = 5)
    void snapshotIsOneBatchWithANullOffset(@ForAll @IntRange(min = 1, max = 100) int pageSize) {
        try (ExampleConnector connector = new ExampleConnector(Sources.options(server, "page_size",
                Integer.toString(pageSize), "max_records_per_batch", "3"))) {
            OffsetLoop.Drained drained = OffsetLoop.drain(connector, "products", Offset.empty(), false);
            assertThat(drained.end()).isNull();
            assertThat(drained.calls()).isEqualTo(1);
            assertThat(drained.records().stream().map(r -> r.get("product_id")).collect(Collectors.toSet()))
                    .hasSize(server.rows("products").size());
        }
    }
}
