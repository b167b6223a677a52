package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the pipeline process ({@code destroyForcibly}, i.e. SIGKILL) at several points of a run
 * (each table's first load is one job of up to 4 records, the rest streams in micro-batches),
 * re-runs it, and checks that the destinations end exactly as an uninterrupted run of the same
 * pipeline over the same source leaves them (row for row), and as the source model says, with every
 * append row once, and that the connection secret never reached the output.
 */
class CrashSafetyTest {

    private static final String SECRET = "s3cr3t-never-printed";

    @TempDir
    Path tmp;

    /** Runs the CLI in a child JVM; kills it at the first output line containing {@code killAt} ({@code null}: never). */
    private String runChild(Path spec, Path warehouse, String killAt, StringBuilder allOutput) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect") || arg.startsWith("-Dio.netty")) {
                command.add(arg);
            }
        }
        command.add("-Xmx768m");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator));
        command.add("io.lakeflow.pipeline.cli.LakeflowCli");
        command.addAll(List.of("run", spec.toString(), "--warehouse", warehouse.toString(), "--master", "local[1]"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LAKEFLOW_TEST_KEY", SECRET);
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (killAt != null && line.contains(killAt)) {
                    p.destroyForcibly();
                    out.append("<<killed>>\n");
                    break;
                }
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        allOutput.append(out);
        return out.toString().contains("<<killed>>") ? "killed" : "exit " + p.exitValue();
    }

    @Test
    void killedRunsResumeToTheSameTables() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        Path warehouse = tmp.resolve("warehouse");
        SourceFiles s = new SourceFiles(source);
        for (long id = 1; id <= 10; id++) {
            s.user(id, 10 + id, "user" + id);
        }
        for (long id = 1; id <= 5; id += 2) {
            s.user(id, 100 + id, "user" + id + "-v2");
        }
        for (long id = 1; id <= 6; id++) {
            s.order(id, 10 + id, "new", 100 * id);
        }
        s.deleteOrder(2, 202).deleteOrder(5, 205);
        for (int i = 0; i < 10; i++) {
            s.event("e");
        }
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, """
                connection:
                  name: filelog
                  options: {dir: %s, api_key: "${LAKEFLOW_TEST_KEY}"}
                objects:
                  - table: {source_table: users, table_configuration: {batch_size: 3, maxRecordsPerBatch: 5, initialLoadMaxRecords: 4}}
                  - table:
                      source_table: orders
                      destination_table: orders_history
                      table_configuration: {scd_type: SCD_TYPE_2, batch_size: 3, maxRecordsPerBatch: 5, initialLoadMaxRecords: 4}
                  - table: {source_table: events, table_configuration: {batch_size: 3, maxRecordsPerBatch: 5, initialLoadMaxRecords: 4}}
                """.formatted(source));

        StringBuilder output = new StringBuilder();
        List<String> outcomes = new ArrayList<>();
        // Each run resumes from the checkpoints, so the kill points move forward through the work:
        // right after a first load (one job, up to 4 records, then streamed batches), right after a
        // committed batch, at the start of a flow (mid-load or mid-batch), and so on.
        for (String killAt : new String[] {"initial load:", " batch ", "== orders", "== events"}) {
            outcomes.add(runChild(spec, warehouse, killAt, output));
        }
        outcomes.add(runChild(spec, warehouse, null, output));
        assertThat(outcomes).as(output.toString()).contains("killed").endsWith("exit 0");
        // The same pipeline over the same source, never interrupted, in a warehouse of its own.
        Path uninterrupted = tmp.resolve("uninterrupted");
        assertThat(runChild(spec, uninterrupted, null, output)).as(output.toString()).isEqualTo("exit 0");
        assertThat(output.toString()).doesNotContain(SECRET);

        assertThat(Destinations.rows(warehouse, "users", "id", "name", "updated_at"))
                .isEqualTo(Destinations.rows(uninterrupted, "users", "id", "name", "updated_at"));
        assertThat(Destinations.rows(warehouse, "orders_history", "id", "amount", "status", "updated_at",
                "__START_AT", "__END_AT")).isEqualTo(Destinations.rows(uninterrupted, "orders_history", "id", "amount",
                "status", "updated_at", "__START_AT", "__END_AT"));
        assertThat(Destinations.rows(warehouse, "events", "seq", "kind", "payload"))
                .isEqualTo(Destinations.rows(uninterrupted, "events", "seq", "kind", "payload"));

        assertThat(Destinations.rows(warehouse, "users", "id", "name", "updated_at")).isEqualTo(s.usersLatest());
        assertThat(Destinations.rows(warehouse, "orders_history", "id", "amount", "status", "updated_at",
                "__START_AT", "__END_AT")).isEqualTo(s.history(true));
        // Every appended row exactly once: no batch written twice across the kills.
        assertThat(SharedSpark.get().read().format("delta").load(warehouse.resolve("default/events").toString())
                .count()).isEqualTo(s.eventCount());
        assertThat(Destinations.rows(warehouse, "events", "seq")).hasSize((int) s.eventCount());
    }
}
