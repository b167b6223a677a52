package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes and deletes at the source come back incrementally; a run ends even while writes go on. */
class IncrementalReadTest {

    private ExampleSourceServer server;
    private Map<String, String> options;

    @BeforeEach
    void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
        options = Sources.options(server, "max_records_per_batch", "30", "page_size", "11");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void insertsAndUpdatesAfterADrainAreReadFromItsOffsetByAFreshConnector() {
        Offset end;
        try (ExampleConnector connector = new ExampleConnector(options)) {
            end = OffsetLoop.drain(connector, "users", Offset.empty(), false).end();
        }
        Map<String, Object> inserted = server.insert("users", Map.of("email", "late@example.com"));
        Map<String, Object> updated = server.update("users", 5, Map.of("name", "Renamed"));

        try (ExampleConnector fresh = new ExampleConnector(options)) {
            OffsetLoop.Drained next = OffsetLoop.drain(fresh, "users", end, false);
            assertThat(next.records()).hasSize(2);
            assertThat(Sources.ids(next.records(), "user_id")).containsExactly((Long) inserted.get("user_id"), 5L);
            assertThat(next.records().get(1)).containsEntry("name", "Renamed")
                    .containsEntry("updated_at", updated.get("updated_at"));
            assertThat(OffsetLoop.drain(fresh, "users", next.end(), false).records()).isEmpty();
        }
    }

    @Test
    void appendedEventsComeBackOnceWithTheirServerStampedCursor() {
        Offset end;
        try (ExampleConnector connector = new ExampleConnector(options)) {
            end = OffsetLoop.drain(connector, "events", Offset.empty(), false).end();
        }
        List<Object> written = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            written.add(server.insert("events", Map.of("event_type", "late")).get("event_id"));
        }
        try (ExampleConnector fresh = new ExampleConnector(options)) {
            OffsetLoop.Drained next = OffsetLoop.drain(fresh, "events", end, false);
            assertThat(Sources.column(next.records(), "event_id")).map(id -> ((Number) id).longValue())
                    .containsExactlyElementsOf(written.stream().map(id -> (Long) id).toList());
            assertThat(next.batchSizes()).containsExactly(30, 15, 0);
        }
    }

    @Test
    void deletesAreReadWithTheirOwnOffsetsByFreshAndExistingConnectors() {
        try (ExampleConnector connector = new ExampleConnector(options)) {
            OffsetLoop.Drained before = OffsetLoop.drain(connector, "orders", Offset.empty(), true);
            assertThat(before.records()).isEmpty();

            Map<String, Object> first = server.delete("orders", 7);
            Map<String, Object> second = server.delete("orders", 3);

            try (ExampleConnector fresh = new ExampleConnector(options)) {
                OffsetLoop.Drained deletes = OffsetLoop.drain(fresh, "orders", before.end(), true);
                assertThat(deletes.records()).containsExactly(
                        Map.of("order_id", 7, "updated_at", first.get("updated_at")),
                        Map.of("order_id", 3, "updated_at", second.get("updated_at")));
            }
            // A read from {} starts a new run: the existing connector takes a new high-water mark.
            assertThat(Sources.ids(OffsetLoop.drain(connector, "orders", Offset.empty(), true).records(), "order_id"))
                    .containsExactly(7L, 3L);
            assertThat(Sources.ids(OffsetLoop.drain(connector, "orders", Offset.empty(), false).records(), "order_id"))
                    .doesNotContain(7L, 3L).hasSize(101);
        }
    }

    @Test
    void aRunEndsWhileWritesContinueAndTheNextRunGetsTheRest() throws InterruptedException {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            // Bounded, so a slow machine cannot turn the test into a benchmark of the server.
            while (writing.get() && written.get() < 3000) {
                server.insert("events", Map.of("event_type", "stream"));
                written.incrementAndGet();
                LockSupport.parkNanos(500_000);
            }
        });
        OffsetLoop.Drained run;
        try (ExampleConnector connector = new ExampleConnector(options)) {
            OffsetLoop.drain(connector, "users", Offset.empty(), false);   // warm up the client first
            writer.start();
            while (written.get() < 5) {
                Thread.onSpinWait();
            }
            run = OffsetLoop.drain(connector, "events", Offset.empty(), false);
            assertThat(written.get()).as("writes went on during the run").isGreaterThan(5);
        } finally {
            writing.set(false);
            writer.join();
        }
        int total = server.rows("events").size();
        assertThat(run.records().size()).isGreaterThanOrEqualTo(101 + 5).isLessThan(total);

        try (ExampleConnector next = new ExampleConnector(options)) {
            OffsetLoop.Drained rest = OffsetLoop.drain(next, "events", run.end(), false);
            List<Long> all = new ArrayList<>(Sources.ids(run.records(), "event_id"));
            all.addAll(Sources.ids(rest.records(), "event_id"));
            assertThat(all).doesNotHaveDuplicates().hasSize(total);
        }
    }

    @Test
    void aDrainedOffsetStaysPutUntilSomethingIsWritten() {
        try (ExampleConnector connector = new ExampleConnector(options)) {
            Offset end = OffsetLoop.drain(connector, "accounts", Offset.empty(), false).end();
            ReadResult again = connector.readTable("accounts", end, Map.of());
            assertThat(again.records()).isExhausted();
            assertThat(again.offset()).isEqualTo(end);
        }
    }
}
