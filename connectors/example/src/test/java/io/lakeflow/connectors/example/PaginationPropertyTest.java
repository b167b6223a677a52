package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Cursor pagination of the example API: whatever the page size, paging with the composite
 * {@code (since, since_id)} position returns every row exactly once, in {@code (cursor, id)} order,
 * although many rows share a cursor value.
 */
class PaginationPropertyTest {

    private static ExampleSourceServer server;
    private static ExampleApiClient api;

    @BeforeContainer
    static void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
        api = new ExampleApiClient(server.baseUrl(), server.token(), 0);
    }

    @AfterContainer
    static void stop() {
        api.close();
        server.close();
    }

    @Provide
    Arbitrary<String> tables() {
        return Arbitraries.of(ExampleCatalog.names());
    }

    @Property(tries = 40)
    void everyRowExactlyOnceInCursorOrder(@ForAll("tables") String tableName, @ForAll @IntRange(min = 1, max = 100) int limit) {
        ExampleTable table = ExampleCatalog.table(tableName);
        PagedRecords pages = new PagedRecords(request -> api.records(tableName, request), PageRequest.first(limit),
                table.cursorField(), table.keyField(), Long.MAX_VALUE);
        List<Map<String, Object>> read = new java.util.ArrayList<>();
        pages.forEachRemaining(read::add);

        Comparator<Map<String, Object>> byId = Comparator.comparingLong(r -> ((Number) r.get(table.keyField())).longValue());
        Comparator<Map<String, Object>> order = table.hasCursor()
                ? Comparator.<Map<String, Object>, String>comparing(r -> (String) r.get(table.cursorField())).thenComparing(byId)
                : byId;
        List<Map<String, Object>> expected = server.rows(tableName).stream().sorted(order).toList();
        assertThat(Sources.ids(read, table.keyField())).isEqualTo(Sources.ids(expected, table.keyField()));
    }

    @Property(tries = 30)
    void aPageNeverExceedsItsLimitAndHasMoreIsExact(@ForAll("tables") String tableName,
                                                    @ForAll @IntRange(min = 1, max = 100) int limit) {
        Page page = api.records(tableName, PageRequest.first(limit));
        int total = server.rows(tableName).size();
        assertThat(page.records()).hasSize(Math.min(limit, total));
        assertThat(page.hasMore()).isEqualTo(total > limit);
    }
}
