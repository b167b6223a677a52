package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.lakeflow.testkit.checks.ConformanceSuite;
import io.lakeflow.testkit.fixtures.BrokenFixtures;
import io.lakeflow.testkit.fixtures.FixtureSource;
import io.lakeflow.testkit.fixtures.GoodConnectorConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Which classes and checks are found, and what each mode does without a source. */
class DiscoveryAndModesTest {

    @TempDir
    Path results;

    @Test
    void uniqueIdSelectsOneCheckForOneTable() {
        String id = "[engine:lakeflow-conformance]/[class:" + GoodConnectorConformanceTest.class.getName()
                + "]/[check:resume]/[table:orders]";
        EngineExecutionResults run = ConformanceRuns.run(results, "simulate", selectUniqueId(id));

        assertThat(run.testEvents().started().stream().map(ConformanceRuns::name)).containsExactly("resume[orders]");
        assertThat(run.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(run.testEvents().succeeded().stream().findFirst().orElseThrow().getTestDescriptor().getUniqueId())
                .hasToString(id);
    }

    @Test
    void uniqueIdSelectsAConnectorLevelCheckAndAWholeCheck() {
        String prefix = "[engine:lakeflow-conformance]/[class:" + GoodConnectorConformanceTest.class.getName() + "]";
        EngineExecutionResults run = ConformanceRuns.run(results, "simulate",
                selectUniqueId(prefix + "/[check:list_tables]/[connector:good]"), selectUniqueId(prefix + "/[check:schema_valid]"));

        assertThat(run.testEvents().started().stream().map(ConformanceRuns::name)).containsExactly("list_tables",
                "schema_valid[customers]", "schema_valid[events]", "schema_valid[orders]", "schema_valid[tickets]",
                "schema_valid[metrics]");
        assertThat(ConformanceRuns.failures(run)).isEmpty();
    }

    @Test
    void packageSelectorFindsAnnotatedClassesOnlyAndHonoursClassNameFilters() {
        EngineExecutionResults run = EngineTestKit.engine(LakeflowConformanceEngine.ID)
                .selectors(selectPackage("io.lakeflow.testkit.fixtures"))
                .filters(ClassNameFilter.includeClassNamePatterns(".*GoodConnectorConformanceTest"))
                .configurationParameter(RunConfiguration.RESULTS_DIR_PROPERTY, results.toString())
                .configurationParameter(RunConfiguration.MODE_PROPERTY, "simulate")
                .execute();

        assertThat(run.containerEvents().started().stream().map(ConformanceRuns::name))
                .contains(GoodConnectorConformanceTest.class.getName())
                .doesNotContain(BrokenFixtures.CursorTieLost.class.getName());
        assertThat(ConformanceRuns.failures(run)).isEmpty();
    }

    @Test
    void jupiterDoesNotReportAnAnnotatedClassWithoutTestMethods() {
        EngineExecutionResults run = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(GoodConnectorConformanceTest.class)).execute();

        assertThat(run.allEvents().failed().count()).isZero();
        assertThat(run.testEvents().started().count()).isZero();
    }

    @Test
    void replayWithoutASimulatorSkipsEveryCheckWithTheReason() {
        EngineExecutionResults run = ConformanceRuns.run(results, "replay", selectClass(BrokenFixtures.NoSimulator.class));

        assertThat(run.containerEvents().skipped().count()).isEqualTo(ConformanceSuite.standardChecks().size());
        assertThat(run.containerEvents().skipped().stream().map(e -> e.getPayload(String.class).orElse("")))
                .allSatisfy(reason -> assertThat(reason).contains("mode replay").contains("declares no simulator"));
        assertThat(results.resolve("good.json")).exists();
    }

    @Test
    void aSimulatorFailingWhenStoppedFailsTheRunAndTheResultFileSaysWhy() throws IOException {
        EngineExecutionResults run = ConformanceRuns.run(results, "simulate", selectClass(BrokenFixtures.SimulatorFailsOnClose.class));

        assertThat(run.containerEvents().failed().stream().map(ConformanceRuns::message))
                .singleElement().asString().contains("simulator_stopped_cleanly").contains("GET /v1/unknown").contains("Fix: ");
        assertThat(Files.readString(results.resolve("good.json"))).contains("\"simulator_stopped_cleanly\"")
                .contains("matched no endpoint");
    }

    @Test
    void replayStartsTheDeclaredSimulatorWhichServesItsRecording() {
        EngineExecutionResults run = ConformanceRuns.run(results, "replay", selectClass(GoodConnectorConformanceTest.class));

        assertThat(run.containerEvents().skipped().count()).isZero();
        assertThat(ConformanceRuns.failures(run)).isEmpty();
    }

    @Test
    void liveWithoutCredentialsSkipsEveryCheckWithTheReason() {
        EngineExecutionResults run = ConformanceRuns.run(results, "live", selectClass(GoodConnectorConformanceTest.class));

        assertThat(run.containerEvents().skipped().stream().map(e -> e.getPayload(String.class).orElse("")))
                .hasSize(ConformanceSuite.standardChecks().size()).allSatisfy(reason -> assertThat(reason).contains("CONNECTOR_TEST_CONFIG_JSON"));
    }

    @Test
    void liveWithACredentialsFileRunsAndKeepsWriteBackOff() throws IOException {
        String store = FixtureSource.create();
        try {
            Path config = results.resolve("live.json");
            Files.writeString(config, "{\"store\": \"" + store + "\", \"api_key\": \"" + FixtureSource.API_KEY + "\"}");
            EngineExecutionResults run = EngineTestKit.engine(LakeflowConformanceEngine.ID)
                    .selectors(selectClass(GoodConnectorConformanceTest.class))
                    .configurationParameter(RunConfiguration.RESULTS_DIR_PROPERTY, results.toString())
                    .configurationParameter(RunConfiguration.MODE_PROPERTY, "live")
                    .configurationParameter(RunConfiguration.CONFIG_PATH_PROPERTY, config.toString())
                    .execute();

            assertThat(ConformanceRuns.failures(run)).isEmpty();
            assertThat(run.testEvents().aborted().stream().filter(e -> ConformanceRuns.name(e).startsWith("write_back_read"))
                    .map(e -> ConformanceRuns.error(e).map(Throwable::getMessage).orElse("")))
                    .isNotEmpty().allSatisfy(m -> assertThat(m).contains("lakeflow.test.writeBack=true"));
        } finally {
            FixtureSource.remove(store);
        }
    }
}
