package io.lakeflow.testkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.lakeflow.testkit.checks.ConformanceSuite;
import io.lakeflow.testkit.fixtures.BrokenFixtures;
import io.lakeflow.testkit.fixtures.FixtureSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Every check can fail: each broken fixture fails its check, naming the subject and a Fix. */
class BrokenFixturesTest {

    @TempDir
    Path results;

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                Arguments.of(BrokenFixtures.DuplicateTable.class, "list_tables", "good", "'orders' twice"),
                Arguments.of(BrokenFixtures.LazyUnknownTable.class, "unknown_table_rejected", "good", "returned normally"),
                Arguments.of(BrokenFixtures.DuplicateColumnCase.class, "schema_valid[customers]", "customers", "'name' and 'NAME'"),
                Arguments.of(BrokenFixtures.CursorNotInSchema.class, "metadata_valid[orders]", "orders", "'modified_at'"),
                Arguments.of(BrokenFixtures.InstantValue.class, "read_shape[customers]", "customers", "java.time.Instant"),
                Arguments.of(BrokenFixtures.BadType.class, "records_convert[orders]", "orders", "'amount'"),
                Arguments.of(BrokenFixtures.DuplicateKey.class, "primary_keys[customers]", "customers", "id=1"),
                Arguments.of(BrokenFixtures.NeverTerminates.class, "read_terminates[events]", "events", "still advancing"),
                Arguments.of(BrokenFixtures.RepeatedOffset.class, "offset_advances[events]", "events", "its start offset"),
                Arguments.of(BrokenFixtures.CursorBackwards.class, "cursor_monotonic[events]", "events", "smallest cursor"),
                Arguments.of(BrokenFixtures.CursorTieLost.class, "resume[orders]", "orders", "lost: {id=4"),
                Arguments.of(BrokenFixtures.CursorTieAlwaysLost.class, "read_complete[orders]", "orders", "missing: {id=4"),
                Arguments.of(BrokenFixtures.NullColumn.class, "every_column_populated[orders]", "orders", "always null: status"),
                Arguments.of(BrokenFixtures.BlankAllowanceReason.class, "every_column_populated[orders]", "orders", "blank reason"),
                Arguments.of(BrokenFixtures.StaleAllowance.class, "list_tables", "good", "AllowEmptyFirstRead for 'refunds'"),
                Arguments.of(BrokenFixtures.DeletesNullKey.class, "deletes_read[tickets]", "tickets", "primary key 'id'"),
                Arguments.of(BrokenFixtures.OverlappingPartitions.class, "partitions[metrics]", "metrics", "partitions 0 and 1"),
                Arguments.of(BrokenFixtures.StreamEqualOffsetsNotEmpty.class, "partitioned_stream[metrics]", "metrics",
                        "no partitions between equal offsets"),
                Arguments.of(BrokenFixtures.SecretInError.class, "secrets_not_leaked", "good", "option 'api_key'"),
                Arguments.of(BrokenFixtures.SecretInOffset.class, "secrets_not_leaked[events]", "events",
                        "no secret option value in the offset returned by call 1"),
                Arguments.of(BrokenFixtures.NullRequiredNested.class, "read_shape[customers]", "customers", "address.city (missing)"),
                Arguments.of(BrokenFixtures.UndeclaredOption.class, "provider_registered", "good", "'undeclared_option'"),
                Arguments.of(BrokenFixtures.WriteBackUnknownTable.class, "write_back_tables", "good", "'refunds'"),
                Arguments.of(BrokenFixtures.WriteBackLostRow.class, "write_back_read[orders]", "orders", "not found: {id=11}"),
                Arguments.of(BrokenFixtures.DeleteNotReported.class, "write_back_deletes[tickets]", "tickets", "not found"),
                Arguments.of(BrokenFixtures.DocsDrift.class, "docs_match_code", "docsdriftconnector",
                        "primary key `id`, `updated_at` (README: `id`)"));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("brokenFixtures")
    void failsItsCheckWithSubjectAndFix(Class<?> fixture, String test, String subject, String detail) {
        EngineExecutionResults run = ConformanceRuns.run(results, fixture);

        List<Event> failed = run.testEvents().failed().stream().filter(e -> ConformanceRuns.name(e).equals(test)).toList();
        assertThat(failed).as("failures: %s", ConformanceRuns.failures(run)).hasSize(1);
        String message = ConformanceRuns.message(failed.get(0));
        String check = test.contains("[") ? test.substring(0, test.indexOf('[')) : test;
        assertThat(message).startsWith("[" + subject + "] " + check + ": expected ").contains("Fix: ").contains(detail);
    }

    @Test
    void everyCheckHasABrokenFixtureThatFailsIt() {
        Set<String> covered = new TreeSet<>();
        brokenFixtures().forEach(a -> {
            String test = (String) a.get()[1];
            covered.add(test.contains("[") ? test.substring(0, test.indexOf('[')) : test);
        });
        Set<String> all = new TreeSet<>();
        ConformanceSuite.standardChecks().forEach(c -> all.add(c.id()));
        assertThat(covered).isEqualTo(all);
    }

    @Test
    void neverShowsTheLeakedSecretInMessagesOrTheResultFile() throws IOException {
        EngineExecutionResults run = ConformanceRuns.run(results, BrokenFixtures.SecretInError.class);

        assertThat(run.testEvents().failed().count()).isPositive();
        run.allEvents().stream().flatMap(e -> ConformanceRuns.error(e).stream()).forEach(error -> {
            for (Throwable t = error; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(FixtureSource.API_KEY);
            }
        });
        String file = Files.readString(results.resolve("good.json"));
        assertThat(file).contains("secrets_not_leaked").doesNotContain(FixtureSource.API_KEY);
    }

    @Test
    void reportsAConnectorExceptionWithItsCauseChainAndNoSecret() {
        EngineExecutionResults run = ConformanceRuns.run(results, "simulate", selectUniqueId(
                "[engine:lakeflow-conformance]/[class:" + BrokenFixtures.CrashWithCause.class.getName()
                        + "]/[check:read_terminates]/[table:events]"));

        Event failed = run.testEvents().failed().stream().findFirst().orElseThrow();
        Throwable error = ConformanceRuns.error(failed).orElseThrow();
        assertThat(error.getMessage()).startsWith("[events] read_terminates: expected no exception from the connector; seen "
                + "IllegalStateException: page after").contains("GoodConnector.readTable").contains("Fix: ");
        assertThat(error.getCause()).hasToString("java.lang.IllegalStateException: " + error.getCause().getMessage());
        assertThat(error.getCause().getCause().toString()).startsWith("java.io.IOException: connection reset")
                .contains("Bearer ***").doesNotContain(FixtureSource.API_KEY);
        assertThat(error.getCause().getStackTrace()).isNotEmpty();
    }

    @Test
    void failsAHangingReadAfterTheTimeLimitInsteadOfHanging() {
        long start = System.nanoTime();
        EngineExecutionResults run = ConformanceRuns.run(results, "simulate", selectUniqueId(
                "[engine:lakeflow-conformance]/[class:" + BrokenFixtures.Hang.class.getName()
                        + "]/[check:read_terminates]/[table:events]"));

        assertThat(run.testEvents().started().count()).isEqualTo(1);
        Event failed = run.testEvents().failed().stream().findFirst().orElseThrow();
        assertThat(ConformanceRuns.message(failed)).startsWith("[events] read_terminates: expected the check to finish within 1 s")
                .contains("GoodConnector").contains("Fix: ");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void failsEveryCheckWhenTheConnectorCannotBeConstructed() {
        EngineExecutionResults run = ConformanceRuns.run(results, BrokenFixtures.NoConstructor.class);

        assertThat(run.containerEvents().failed().count()).isEqualTo(ConformanceSuite.standardChecks().size());
        assertThat(run.containerEvents().failed().stream().map(ConformanceRuns::message))
                .allSatisfy(m -> assertThat(m).contains("public constructor NoConstructorConnector(Map<String, String> options)")
                        .contains("Fix: "));
        assertThat(results.resolve("noconstructorconnector.json")).exists();
    }
}
