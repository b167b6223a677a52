package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.lakeflow.testkit.checks.DocsMatchCode;
import io.lakeflow.testkit.fixtures.GoodConnectorConformanceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** {@code docs_match_code} against READMEs written for the test: missing, matching with a '*' row, drifted. */
class DocsMatchCodeTest {

    @TempDir
    Path dir;

    private String saved;

    @BeforeEach
    void saveProperty() {
        saved = System.getProperty(DocsMatchCode.README_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(DocsMatchCode.README_PROPERTY);
        } else {
            System.setProperty(DocsMatchCode.README_PROPERTY, saved);
        }
    }

    private EngineExecutionResults runWithReadme(Path readme) {
        System.setProperty(DocsMatchCode.README_PROPERTY, readme.toString());
        return ConformanceRuns.run(dir.resolve("results"), "simulate", selectUniqueId("[engine:lakeflow-conformance]/[class:"
                + GoodConnectorConformanceTest.class.getName() + "]/[check:docs_match_code]"));
    }

    @Test
    void failsWhenTheReadmeIsMissingAndSaysWhichTemplateToStartFrom() {
        EngineExecutionResults run = runWithReadme(dir.resolve("README.md"));

        Event failed = run.testEvents().failed().stream().findFirst().orElseThrow();
        assertThat(ConformanceRuns.message(failed)).startsWith("[good] docs_match_code: expected the connector's README at ")
                .contains("seen no such file").contains("Fix: add README.md from prompts/templates/connector-readme.md");
    }

    @Test
    void passesWithAWildcardRowForDiscoveredTablesButStillChecksNamedOnes() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, """
                ## Tables

                | table | ingestion type | primary key | cursor | deletes | notes |
                | --- | --- | --- | --- | --- | --- |
                | `*` | * | * | * | * | discovered from the source |
                | `tickets` | cdc_with_deletes | `id` | `updated_at` | yes | |
                """);
        assertThat(runWithReadme(readme).testEvents().succeeded().count()).isEqualTo(1);

        Files.writeString(readme, """
                ## Tables

                | table | ingestion type | primary key | cursor | deletes |
                | --- | --- | --- | --- | --- |
                | * | * | * | * | * |
                | `tickets` | cdc | `id` | `updated_at` | - |
                """);
        Event failed = runWithReadme(readme).testEvents().failed().stream().findFirst().orElseThrow();
        assertThat(ConformanceRuns.message(failed)).contains("for table 'tickets'")
                .contains("ingestion type cdc_with_deletes (README: cdc)").contains("deletes yes (README: -)");
    }

    @Test
    void reportsEveryDriftedTableInOneFailure() throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, """
                ## Tables

                | table | ingestion type | primary key | cursor | deletes |
                | --- | --- | --- | --- | --- |
                | `customers` | snapshot | `id` | - | - |
                | `events` | append | `seq` | `seq` | - |
                | `orders` | cdc | `id` | `updated_at` | - |
                | `refunds` | cdc | `id` | `updated_at` | - |
                """);

        String message = ConformanceRuns.message(runWithReadme(readme).testEvents().failed().stream().findFirst().orElseThrow());

        assertThat(message).contains("for table 'events'").contains("primary key - (README: `seq`)")
                .contains("a row for table 'tickets'").contains("add the row | `tickets` | cdc_with_deletes | `id` | `updated_at` | yes |")
                .contains("a row for 'refunds', which the connector does not list");
        assertThat(message.lines().filter(l -> l.startsWith("[good] docs_match_code: expected"))).hasSize(4);
    }
}
