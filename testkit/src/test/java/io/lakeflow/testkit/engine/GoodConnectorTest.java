package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.testkit.fixtures.GoodConnectorConformanceTest;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** The correct fixture connector passes every check; the only skips are the rules that do not apply. */
class GoodConnectorTest {

    /** Every (check, table) the good connector is expected to skip, and nothing else. */
    private static final Set<String> EXPECTED_SKIPS = Set.of(
            "primary_keys[events]", "primary_keys[metrics]",
            "read_terminates[metrics]", "offset_advances[metrics]",
            "cursor_monotonic[customers]", "cursor_monotonic[metrics]", "resume[customers]", "resume[metrics]",
            "deletes_read[customers]", "deletes_read[events]", "deletes_read[orders]", "deletes_read[metrics]",
            "partitions[customers]", "partitions[events]", "partitions[orders]", "partitions[tickets]",
            "partitioned_stream[customers]", "partitioned_stream[events]", "partitioned_stream[orders]",
            "partitioned_stream[tickets]",
            "write_back_read[metrics]",
            "write_back_deletes[customers]", "write_back_deletes[events]", "write_back_deletes[orders]",
            "write_back_deletes[metrics]");

    @TempDir
    Path results;

    @Test
    void passesEveryCheckWithOnlyTheExpectedSkips() {
        EngineExecutionResults run = ConformanceRuns.run(results, GoodConnectorConformanceTest.class);

        assertThat(ConformanceRuns.failures(run)).isEmpty();
        Set<String> skipped = new TreeSet<>();
        run.testEvents().aborted().stream().map(ConformanceRuns::name).forEach(skipped::add);
        assertThat(skipped).isEqualTo(new TreeSet<>(EXPECTED_SKIPS));
        assertThat(run.testEvents().succeeded().count()).isEqualTo(66);
    }

    @Test
    void namesEveryTestForSurefireAsCheckAndTable() {
        EngineExecutionResults run = ConformanceRuns.run(results, GoodConnectorConformanceTest.class);

        Set<String> names = new TreeSet<>();
        run.testEvents().started().stream().map(ConformanceRuns::name).forEach(names::add);
        assertThat(names).contains("list_tables", "provider_registered", "secrets_not_leaked", "secrets_not_leaked[orders]",
                "resume[orders]", "read_terminates[customers]", "partitioned_stream[metrics]", "write_back_read[customers]");
        run.testEvents().started().stream().map(Event::getTestDescriptor)
                .forEach(d -> assertThat(d.getDisplayName()).isNotBlank());
        assertThat(run.containerEvents().started().stream().map(ConformanceRuns::name))
                .contains("resume", GoodConnectorConformanceTest.class.getName());
    }
}
