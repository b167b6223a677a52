package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run} and spec checks against the connector: no Spark, no data. */
class CliDryRunTest {

    @TempDir
    Path tmp;

    @Test
    void dryRunPrintsThePlanAndMovesNoData() throws Exception {
        Path spec = PipelineSpecs.write(tmp.resolve("spec.yaml"), tmp, 3, 5, false);
        CliRun r = CliRun.of("run", spec.toString(), "--dry-run", "--warehouse", tmp.resolve("w").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("users -> default.users [cdc, SCD_TYPE_1, keys [id], sequence_by updated_at]",
                "orders -> default.orders_history [cdc_with_deletes, SCD_TYPE_2", "events -> default.events [append, "
                        + "APPEND_ONLY]", "Dry run: spec valid, no data moved.");
        assertThat(tmp.resolve("w")).doesNotExist();
    }

    @Test
    void clusterByIsCheckedAndSaidNotToBeApplied() throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                connection: {name: filelog, options: {dir: %s}}
                objects:
                  - table: {source_table: users, table_configuration: {cluster_by: [id]}}
                """.formatted(tmp));
        CliRun r = CliRun.of("run", spec.toString(), "--dry-run");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("cluster_by [id]]",
                "warning: cluster_by [id] is checked but not applied: Delta 4.3.0 on Spark 4.2.0 cannot create "
                        + "clustered tables", "Fix: drop cluster_by");
    }

    @Test
    void problemsFoundAgainstTheConnectorAreAllReportedWithPaths() throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"), """
                connection: {name: filelog, options: {dir: %s}}
                objects:
                  - table: {source_table: nope}
                  - table: {source_table: users, table_configuration: {primary_keys: [uid], sequence_by: when}}
                  - table: {source_table: events, destination_table: ev, table_configuration: {scd_type: SCD_TYPE_2}}
                  - table: {source_table: products, table_configuration: {sequence_by: name, cluster_by: [colour]}}
                """.formatted(tmp));
        CliRun r = CliRun.of("run", spec.toString(), "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(
                "objects[0].table.source_table: connector 'filelog' has no table 'nope'",
                "objects[1].table.table_configuration.primary_keys: 'uid' is not a column of 'users'",
                "objects[1].table.table_configuration.sequence_by: 'when' is not a column of 'users'",
                "objects[2].table.table_configuration.scd_type: table 'events' is append-only",
                "objects[3].table.table_configuration.sequence_by: is only used by cdc tables",
                "objects[3].table.table_configuration.cluster_by: 'colour' is not a column of 'products'");
    }

    @Test
    void benchRefusesBatchesOfNoRecords() {
        CliRun r = CliRun.of("bench", "--per-batch", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("--records, --per-batch and --rounds must be at least 1",
                "got --records 1000000 --per-batch 0 --rounds 3", "Fix:");
        CliRun rounds = CliRun.of("bench", "--rounds", "0");
        assertThat(rounds.exit()).isEqualTo(2);
        assertThat(rounds.out()).contains("--per-batch 250000 --rounds 0", "Fix:");
    }

    @Test
    void anUnknownConnectorListsTheAvailableOnes() throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"),
                "connection: {name: nosuch}\nobjects: [{table: {source_table: t}}]\n");
        CliRun r = CliRun.of("run", spec.toString(), "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("connection.name: No connector named 'nosuch'", "filelog", "synthetic");
    }
}
