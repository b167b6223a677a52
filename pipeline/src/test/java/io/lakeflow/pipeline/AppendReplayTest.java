package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The append flow's exactly-once: the state a crash leaves after a micro-batch's Delta commit but
 * before Spark logged the batch as committed (the checkpoint's last {@code commits/N} is missing),
 * so the next run replays that batch; the batch's mark in the table's log makes the replay a no-op.
 */
class AppendReplayTest {

    @TempDir
    Path tmp;

    @Test
    void aReplayedBatchThatDeltaCommittedIsNotAppendedTwice() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        Path warehouse = tmp.resolve("warehouse");
        SourceFiles s = new SourceFiles(source);
        for (int i = 0; i < 7; i++) {
            s.event("e");
        }
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                connection: {name: filelog, options: {dir: %s}}
                objects:
                  - table: {source_table: events, table_configuration: {batch_size: 3, maxRecordsPerBatch: 5, initialLoad: stream}}
                """.formatted(source));
        CliRun first = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("batch 0: 6 records", "batch 1: 1 records");

        Path commits = warehouse.resolve("_lakeflow/default.events/checkpoints/append/commits");
        Files.delete(commits.resolve("1"));
        Files.deleteIfExists(commits.resolve(".1.crc"));
        s.event("f");
        CliRun replay = CliRun.of("run", spec.toString(), "--warehouse", warehouse.toString());
        assertThat(replay.exit()).as(replay.out()).isZero();
        // Spark replays batch 1 (and logs it committed again), finds it in the table, then reads on.
        assertThat(replay.out()).contains("batch 1: replayed after a stop, already in the table; skipped",
                "batch 2: 1 records");
        assertThat(commits.resolve("1")).exists();
        assertThat(Destinations.rows(warehouse, "events", "seq")).hasSize(8);
        assertThat(SharedSpark.get().read().format("delta").load(warehouse.resolve("default/events").toString())
                .count()).isEqualTo(8);
        // Each batch's mark is in the log once.
        assertThat(io.delta.tables.DeltaTable.forPath(SharedSpark.get(), warehouse.resolve("default/events").toString())
                .history().filter("userMetadata IS NOT NULL").selectExpr("split(userMetadata, ' ')[2]")
                .collectAsList().stream().map(r -> r.getString(0)).sorted().toList()).containsExactly("0", "1", "2");
    }
}
