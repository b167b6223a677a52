package io.lakeflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connectors.example.ExampleServerConfig;
import io.lakeflow.connectors.example.ExampleSourceServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar lakeflow-pipeline-VERSION-runnable.jar run
 * SPEC} in its own JVM, no flags, a fresh library cache, and only the example connector's
 * {@code spark} jar in the connectors folder. The source is an example API in this JVM.
 */
class RunnableJarIT {

    @TempDir
    static Path work;

    private static ExampleSourceServer server;

    @BeforeAll
    static void startSource() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
    }

    @AfterAll
    static void stopSource() {
        server.close();
    }

    @Test
    void runsEmbeddedThenIncrementally() throws Exception {
        Path warehouse = work.resolve("warehouse");
        Path spec = writeSpec(work.resolve("pipeline.yaml"), server.baseUrl());

        String first = run(spec, warehouse, 0);
        assertThat(SummaryLine.of(first, "default.events"))
                .isEqualTo(new SummaryLine(server.rows("events").size(), 0, 0, "ok"));
        assertThat(SummaryLine.of(first, "default.users"))
                .isEqualTo(new SummaryLine(server.rows("users").size(), 0, 0, "ok"));
        assertThat(count(warehouse, "events")).isEqualTo(server.rows("events").size());
        assertThat(count(warehouse, "users")).isEqualTo(server.rows("users").size());
        try (Stream<Path> keys = Files.list(work.resolve("cache"))) {
            assertThat(keys.filter(p -> !p.getFileName().toString().startsWith(".")).toList())
                    .as("one extracted library folder in the cache").hasSize(1);
        }

        server.insert("events", Map.of("user_id", 1L, "event_type", "click"));
        server.insert("users", Map.of("email", "jar@example.com", "name", "Jar", "age", 41));
        String second = run(spec, warehouse, 0);
        assertThat(SummaryLine.of(second, "default.events")).isEqualTo(new SummaryLine(1, 0, 0, "ok"));
        assertThat(SummaryLine.of(second, "default.users")).isEqualTo(new SummaryLine(1, 0, 0, "ok"));
        assertThat(count(warehouse, "events")).isEqualTo(server.rows("events").size());
        assertThat(count(warehouse, "users")).isEqualTo(server.rows("users").size());
    }

    @Test
    void badSpecExitsWithTwoAndSaysWhy() throws Exception {
        Path spec = Files.writeString(work.resolve("bad.yaml"), """
                connection:
                  name: example
                objects:
                  - table: {source_table: users, table_configuration: {scd_type: SCD1}}
                """);
        String out = run(spec, work.resolve("bad-warehouse"), 2);
        assertThat(out).contains("nothing was run")
                .contains("objects[0].table.table_configuration.scd_type: expected one of SCD_TYPE_1");
        assertThat(work.resolve("bad-warehouse")).doesNotExist();
    }

    @Test
    void aMissingConnectorsFolderExitsWithThreeAndSaysHowToFixIt() throws Exception {
        Path missing = work.resolve("no-such-connectors");
        Path spec = writeSpec(work.resolve("pipeline.yaml"), server.baseUrl());
        String out = run(spec, work.resolve("unused-warehouse"), 3, Map.of("LAKEFLOW_CONNECTORS", missing.toString()));
        assertThat(out).contains("Connectors folder " + missing).contains("LAKEFLOW_CONNECTORS").contains("Fix:");
    }

    private static String run(Path spec, Path warehouse, int expectedExit) throws Exception {
        return run(spec, warehouse, expectedExit, Map.of());
    }

    /** Runs the jar on {@code spec}, checks its exit code and returns its output. */
    private static String run(Path spec, Path warehouse, int expectedExit, Map<String, String> overrides)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("-Xmx1g", SparkSubmitIT.QUICK_START, "-jar", System.getProperty("lakeflow.it.runnableJar"),
                "run", spec.toString(), "--warehouse", warehouse.toString(), "--master", "local[2]"));
        Map<String, String> env = new HashMap<>(Map.of("LAKEFLOW_CACHE", work.resolve("cache").toString(),
                "LAKEFLOW_CONNECTORS", System.getProperty("lakeflow.it.connectors"),
                "EXAMPLE_TOKEN", server.token()));
        env.putAll(overrides);
        try (ChildJvm jvm = ChildJvm.start("java-jar", work, env, args)) {
            int exit = jvm.exitCode(Duration.ofMinutes(4));
            assertThat(exit).as("exit code of java -jar; its output ends with:\n%s", jvm.tail()).isEqualTo(expectedExit);
            return jvm.output();
        }
    }

    /** A spec with an append table and a cdc table of the example API at {@code baseUrl}. */
    static Path writeSpec(Path file, String baseUrl) throws IOException {
        return writeSpec(file, baseUrl, "{source_table: events, table_configuration: {scd_type: APPEND_ONLY}}",
                "{source_table: users}");
    }

    /** A spec over the example API at {@code baseUrl} (token from {@code EXAMPLE_TOKEN}), one table per object. */
    static Path writeSpec(Path file, String baseUrl, String... tables) throws IOException {
        StringBuilder objects = new StringBuilder();
        for (String table : tables) {
            objects.append("  - table: ").append(table).append('\n');
        }
        return Files.writeString(file, """
                connection:
                  name: example
                  options:
                    base_url: %s
                    token: ${EXAMPLE_TOKEN}
                objects:
                """.formatted(baseUrl) + objects);
    }

    static long count(Path warehouse, String table) {
        return SharedSpark.get().read().format("delta").load(warehouse.resolve("default").resolve(table).toString())
                .count();
    }
}
