package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.pipeline.cli.LakeflowCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run} and spec checks against the connector: no Spark, no data. */
class CliDryRunTest {

    @TempDir
    Path tmp;

    private record Result(int exit, String out) {
    }

    private Result run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return new Result(LakeflowCli.execute(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void dryRunPrintsThePlanAndMovesNoData() throws Exception {
        Path spec = PipelineSpecs.write(tmp.resolve("spec.yaml"), tmp, 3, 5, false);
        Result r = run("run", spec.toString(), "--dry-run", "--warehouse", tmp.resolve("w").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("users -> default.users [cdc, SCD_TYPE_1, keys [id], sequence_by updated_at]",
                "orders -> default.orders_history [cdc_with_deletes, SCD_TYPE_2", "events -> default.events [append, "
                        + "APPEND_ONLY]", "Dry run: spec valid, no data moved.");
        assertThat(tmp.resolve("w")).doesNotExist();
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
        Result r = run("run", spec.toString(), "--dry-run");
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
    void anUnknownConnectorListsTheAvailableOnes() throws Exception {
        Path spec = Files.writeString(tmp.resolve("spec.yaml"),
                "connection: {name: nosuch}\nobjects: [{table: {source_table: t}}]\n");
        Result r = run("run", spec.toString(), "--dry-run");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("connection.name: No connector named 'nosuch'", "filelog", "synthetic");
    }
}
