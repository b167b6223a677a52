package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.Offset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch and streamed partitions: together they cover every row exactly once. */
class PartitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ExampleSourceServer server;
    private ExampleConnector connector;

    @BeforeEach
    void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
        connector = new ExampleConnector(Sources.options(server, "page_size", "13"));
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    /** Every record of every partition, each descriptor read back from JSON as the framework does. */
    private List<Map<String, Object>> readAll(String table, List<Map<String, Object>> partitions) throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> partition : partitions) {
            Map<String, Object> roundTripped = JSON.readValue(JSON.writeValueAsString(partition), new TypeReference<>() {});
            connector.readPartition(table, roundTripped, Map.of()).forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void onlyMetricsIsPartitioned() {
        for (String table : connector.listTables()) {
            assertThat(connector.isPartitioned(table)).as(table).isEqualTo(table.equals("metrics"));
        }
    }

    @Test
    void batchPartitionsAreStableAndCoverEveryRowOnce() throws Exception {
        for (ExampleTable table : ExampleCatalog.tables()) {
            List<Map<String, Object>> partitions = connector.getPartitions(table.name(), Map.of());
            assertThat(connector.getPartitions(table.name(), Map.of())).isEqualTo(partitions);
            assertThat(partitions).hasSize(table.partitioned() ? ExampleConnector.PARTITIONS : 1);
            assertThat(Sources.ids(readAll(table.name(), partitions), table.keyField())).as(table.name())
                    .containsExactlyInAnyOrderElementsOf(Sources.ids(server.rows(table.name()), table.keyField()));
        }
    }

    @Test
    void streamedPartitionsFollowWrites() throws Exception {
        Offset first = connector.latestOffset("metrics", Map.of(), null);
        assertThat(first.isEmpty()).isFalse();
        assertThat(Sources.ids(readAll("metrics", connector.getPartitions("metrics", Map.of(), null, first)), "metric_id"))
                .containsExactlyInAnyOrderElementsOf(Sources.ids(server.rows("metrics"), "metric_id"));
        assertThat(connector.latestOffset("metrics", Map.of(), first)).as("caught up").isEqualTo(first);
        assertThat(connector.getPartitions("metrics", Map.of(), first, first)).isEmpty();

        Map<String, Object> added = server.insert("metrics", Map.of("name", "cpu", "value", 0.5));
        server.update("metrics", 9, Map.of("value", 1.25));
        Offset second = connector.latestOffset("metrics", Map.of(), first);
        assertThat(second).isNotEqualTo(first);
        List<Map<String, Object>> changed = readAll("metrics", connector.getPartitions("metrics", Map.of(), first, second));
        assertThat(Sources.ids(changed, "metric_id")).containsExactlyInAnyOrder((Long) added.get("metric_id"), 9L);
        assertThat(connector.latestOffset("metrics", Map.of(), second)).isEqualTo(second);
    }

    @Test
    void timeWindowsAreContiguousAndKeepTheBounds() {
        List<Map<String, Object>> windows = TimeWindows.split("2025-01-01T00:00:00.000000Z", null,
                "2025-01-01T00:00:00.000003Z", 4);
        assertThat(windows).hasSize(3);
        assertThat(windows.get(0)).containsEntry("since", "2025-01-01T00:00:00.000000Z");
        assertThat(windows.get(2)).containsEntry("until", "2025-01-01T00:00:00.000003Z");
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).get("since")).isEqualTo(windows.get(i - 1).get("until"));
        }
        assertThat(TimeWindows.split(null, null, "2025-01-01T00:00:00.000003Z", 4)).hasSize(1);
    }
}
