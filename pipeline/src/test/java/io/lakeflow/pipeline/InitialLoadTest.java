package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's first load as one batch job, then its stream from where the load stopped: the cap on
 * the load, a crash between the load's commit and its record (the next run loads again and no row
 * is doubled), a record that does not fit (nothing is committed or recorded), the stream-only mode,
 * and the spec checks of its options.
 */
class InitialLoadTest {

    @TempDir
    Path tmp;

    private Path source;
    private Path warehouse;
    private SourceFiles s;

    @BeforeEach
    void source() throws Exception {
        source = Files.createDirectories(tmp.resolve("source"));
        warehouse = tmp.resolve("warehouse");
        s = new SourceFiles(source);
    }

    private void events(int n) {
        for (int i = 0; i < n; i++) {
            s.event("e");
        }
    }

    private Path spec(String options) throws Exception {
        return Files.writeString(tmp.resolve("spec.yaml"), """
                connection: {name: filelog, options: {dir: %s}}
                objects:
                  - table: {source_table: events, table_configuration: {batch_size: 3, maxRecordsPerBatch: 5, %s}}
                  - table: {source_table: orders, table_configuration: {batch_size: 3, maxRecordsPerBatch: 5, %s}}
                """.formatted(source, options, options));
    }

    private static Path record(Path warehouse, String table, String flow) {
        return warehouse.resolve("_lakeflow/default." + table + "/initial-load/" + flow + ".json");
    }

    @Test
    void theLoadStopsAtItsCapAndTheStreamGoesOnFromThere() throws Exception {
        events(10);
        for (long id = 1; id <= 4; id++) {
            s.order(id, 10 + id, "new", 100 * id);
        }
        s.order(2, 30, "paid", 250).deleteOrder(3, 40);
        Path spec = spec("initialLoadMaxRecords: 4");

        CliRun first = run(spec);
        assertThat(first.exit()).as(first.out()).isZero();
        // Reads end at a read's boundary: the read that reaches 4 records ends at 6.
        assertThat(first.out()).contains("default.events append", "initial load: 6 records",
                "default.orders changes", "initial load: 5 records", "default.orders deletes", "initial load: 1 records");
        assertThat(first.out()).containsPattern("default\\.events append +batch 0: 4 records");
        checkDestinations(10);
        assertThat(Files.readString(record(warehouse, "events", "append"))).contains("\"records\":6", "line");

        // A load that read everything (the deletes) starts no stream this run; the capped ones did.
        assertThat(warehouse.resolve("_lakeflow/default.orders/checkpoints/deletes")).doesNotExist();
        assertThat(warehouse.resolve("_lakeflow/default.events/checkpoints/append/offsets")).exists();

        // Later runs stream; the record is not used again.
        s.event("f").order(5, 50, "new", 500);
        CliRun second = run(spec);
        assertThat(second.exit()).as(second.out()).isZero();
        assertThat(second.out()).doesNotContain("initial load");
        checkDestinations(11);
    }

    @Test
    void aCrashAfterTheLoadCommittedButBeforeItsRecordLoadsAgainWithoutDoublingRows() throws Exception {
        events(7);
        for (long id = 1; id <= 3; id++) {
            s.order(id, 10 + id, "new", 100 * id);
        }
        Path spec = spec("initialLoad: batch");
        assertThat(run(spec).exit()).isZero();

        // The state a kill leaves between the Delta commit and the record: committed rows, no record,
        // no stream checkpoint. Meanwhile the source moved on.
        for (String flow : new String[] {"events/append", "orders/changes", "orders/deletes"}) {
            String[] f = flow.split("/");
            Files.delete(record(warehouse, f[0], f[1]));
            deleteTree(warehouse.resolve("_lakeflow/default." + f[0] + "/checkpoints/" + f[1]));
        }
        s.event("late").order(2, 50, "paid", 222).deleteOrder(1, 60);
        CliRun again = run(spec);
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).contains("initial load: 8 records");
        checkDestinations(8);
    }

    /** Runs the pipeline over the test's warehouse. */
    private CliRun run(Path spec) {
        return CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
    }

    /** Every event once, and the orders at the source's latest state. */
    private void checkDestinations(int events) {
        assertThat(Destinations.rows(warehouse, "events", "seq")).hasSize(events);
        assertThat(Destinations.rows(warehouse, "orders", "id", "amount", "status", "updated_at"))
                .isEqualTo(s.ordersLatest());
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aRecordThatDoesNotFitCommitsAndRecordsNothing() throws Exception {
        events(4);
        Files.writeString(source.resolve("events.jsonl"), "{\"seq\":\"five\",\"kind\":\"x\"}\n",
                StandardOpenOption.APPEND);
        Path spec = spec("initialLoad: batch");
        CliRun bad = run(spec);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("table 'events'", "seq", "five", "FAILED");
        // A new append table is created by its first load's commit, so it has no commit yet.
        assertThat(io.delta.tables.DeltaTable.isDeltaTable(SharedSpark.get(), warehouse.resolve("default/events")
                .toString())).isFalse();
        assertThat(record(warehouse, "events", "append")).doesNotExist();
    }

    @Test
    void streamModeLoadsInMicroBatches() throws Exception {
        events(7);
        Path spec = spec("initialLoad: stream");
        CliRun streamed = run(spec);
        assertThat(streamed.exit()).as(streamed.out()).isZero();
        assertThat(streamed.out()).doesNotContain("initial load").contains("batch 0: 6 records", "batch 1: 1 records");
        assertThat(Destinations.rows(warehouse, "events", "seq")).hasSize(7);
        assertThat(record(warehouse, "events", "append")).doesNotExist();
    }

    @Test
    void badOptionsAreSpecProblems() throws Exception {
        s.event("e");
        Path spec = spec("initialLoad: sometimes, initialLoadMaxRecords: \"0\"");
        CliRun run = CliRun.of("run", spec.toString(), "--dry-run");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("objects[0].table.table_configuration.initialLoad: expected one of [batch, "
                + "stream], got 'sometimes'", "objects[1].table.table_configuration.initialLoadMaxRecords: expected a "
                + "whole number of records of at least 1, got '0'");
    }
}
