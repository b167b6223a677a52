package io.lakeflow.reports.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFileReaderTest {

    private final ResultFileReader reader = new ResultFileReader();

    @Test
    void readsARealTestkitResult() {
        LoadedResults read = reader.read(Fixtures.path("results/good/good.json"));

        assertThat(read.warnings()).isEmpty();
        ConformanceRun run = read.runs().get(0);
        assertThat(run.connector()).isEqualTo("good");
        assertThat(run.mode()).isEqualTo("simulate");
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-11-27T01:59:52.854702686Z"));
        assertThat(run.counted()).isEqualTo(new StatusCounts(57, 0, 28));
        assertThat(run.declared()).isEqualTo(run.counted());
        assertThat(run.problems()).isEmpty();
        assertThat(run.tables()).extracting(TableInfo::name).containsExactly("customers", "events", "orders", "tickets", "metrics");
        TableInfo orders = run.tables().get(2);
        assertThat(orders.ingestionType()).isEqualTo("cdc");
        assertThat(orders.primaryKeys()).containsExactly("id");
        assertThat(orders.cursorField()).isEqualTo("updated_at");
        assertThat(run.allowances()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AllowanceInfo.NULL_COLUMN);
            assertThat(a.relaxedCheck()).contains("every_column_populated");
        });
        assertThat(run.results().get(0).table()).isNull();
        assertThat(run.results().get(0).subject()).isEqualTo(ConformanceRun.CONNECTOR_SUBJECT);
    }

    @Test
    void aTruncatedFileIsAWarningNotACrash() {
        LoadedResults read = reader.read(Fixtures.path("results/bad/truncated.json"));

        assertThat(read.runs()).isEmpty();
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("ends early").contains("Fix:");
            assertThat(w.file()).hasFileName("truncated.json");
        });
    }

    @Test
    void textThatIsNotJsonIsAWarning() {
        LoadedResults read = reader.read(Fixtures.path("results/bad/not-json.json"));

        assertThat(read.runs()).isEmpty();
        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("not JSON"));
    }

    @Test
    void jsonThatIsNotAResultIsAWarning() {
        LoadedResults read = reader.read(Fixtures.path("results/bad/other.json"));

        assertThat(read.runs()).isEmpty();
        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith(ResultFileReader.NOT_A_RESULT));
    }

    @Test
    void aPartialFileIsReadWithAProblem() {
        LoadedResults read = reader.read(Fixtures.path("results/partial/partial.json"));

        ConformanceRun run = read.runs().get(0);
        assertThat(run.results()).hasSize(10);
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("expected 85 results").contains("seen 10").contains("partial"));
    }

    @Test
    void aMissingFileIsAWarning(@TempDir Path dir) {
        LoadedResults read = reader.read(dir.resolve("nope.json"));

        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("no such file"));
    }

    @Test
    void badResultEntriesAreLeftOutWithAProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, """
                {"schemaVersion": 2, "startedAt": "yesterday", "results": [
                  {"check": "list_tables", "table": null, "status": "pass", "durationMs": 3, "recordsRead": 0},
                  {"check": "read_shape", "table": "a", "status": "exploded"},
                  "nonsense",
                  {"check": "read_shape", "table": "b", "status": "fail", "message": "<i>bad</i>"}
                ]}""");

        ConformanceRun run = reader.read(file).runs().get(0);

        assertThat(run.connector()).isEqualTo("odd");
        assertThat(run.startedAt()).isNull();
        assertThat(run.results()).extracting(CheckOutcome::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(run.results().get(1).message()).isEqualTo("<i>bad</i>");
        assertThat(run.problems()).extracting(ReportWarning::message).anySatisfy(m -> assertThat(m).contains("schemaVersion 1"))
                .anySatisfy(m -> assertThat(m).contains("\"connector\""))
                .anySatisfy(m -> assertThat(m).contains("ISO-8601"))
                .anySatisfy(m -> assertThat(m).contains("result #1"))
                .anySatisfy(m -> assertThat(m).contains("result #2"))
                .anySatisfy(m -> assertThat(m).contains("\"summary\""));
    }

    @Test
    void locationsFindModulesAndKeepTheLatestRunOfAConnector(@TempDir Path dir) throws Exception {
        Path module = dir.resolve("connectors/good/target/lakeflow-conformance");
        Files.createDirectories(module);
        Files.copy(Fixtures.path("results/good/good.json"), module.resolve("good.json"));
        Path older = dir.resolve("older");
        Files.createDirectories(older);
        Files.copy(Fixtures.path("history/run1/good.json"), older.resolve("good.json"));

        LoadedResults read = new ResultLocations().read(List.of(dir.resolve("connectors"), older, dir.resolve("missing")));

        assertThat(read.runs()).singleElement().satisfies(r -> assertThat(r.source()).isEqualTo(module.resolve("good.json")));
        assertThat(read.warnings()).extracting(ReportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("expected one result for connector good; seen 2"))
                .anySatisfy(m -> assertThat(m).contains("seen nothing there"));
    }

    @Test
    void historyIgnoresOtherJsonAndCountsEachRunOnce() {
        LoadedResults history = new HistoryFolder(Fixtures.path("history")).read();

        assertThat(history.warnings()).isEmpty();
        assertThat(history.runs()).extracting(r -> r.connector() + "@" + r.startedAt()).containsExactlyInAnyOrder(
                "good@2026-11-20T10:00:00Z", "good@2026-11-24T10:00:00Z", "broken@2026-11-24T10:00:00Z",
                "good@2026-11-27T01:59:52.854702686Z");
    }

    @Test
    void recordedHistoryIsReadBack(@TempDir Path dir) throws Exception {
        HistoryFolder history = new HistoryFolder(dir.resolve("h"));
        history.record(reader.read(Fixtures.path("results/good/good.json")).runs());
        history.record(reader.read(Fixtures.path("results/good/good.json")).runs());

        assertThat(history.read().runs()).singleElement().satisfies(r -> assertThat(r.connector()).isEqualTo("good"));
        assertThat(dir.resolve("h/good/20261127T015952Z.json")).exists();
    }
}
