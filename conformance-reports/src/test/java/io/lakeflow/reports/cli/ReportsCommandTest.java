package io.lakeflow.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.reports.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ReportsCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void drawsTheDashboardAndRecordsHistory(@TempDir Path dir) {
        Path history = dir.resolve("history");

        int code = run(Fixtures.path("results/good").toString(), Fixtures.path("results/broken").toString(),
                "--out", dir.resolve("site").toString(), "--history", history.toString(), "--record-history");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("broken", "fail", "2 failed", "dashboard: ");
        assertThat(dir.resolve("site/index.html")).exists();
        assertThat(history.resolve("good")).isDirectory();
        assertThat(history.resolve("broken")).isDirectory();
        assertThat(err.toString()).contains("no trend is drawn"); // the history folder did not exist before this run
    }

    @Test
    void failOnFailureExitsOne(@TempDir Path dir) {
        assertThat(run(Fixtures.path("results/broken").toString(), "--out", dir.toString(), "--fail-on-failure")).isEqualTo(1);
        assertThat(run(Fixtures.path("results/good").toString(), "--out", dir.toString(), "--fail-on-failure")).isZero();
    }

    @Test
    void badArgumentsExitTwo(@TempDir Path dir) throws Exception {
        assertThat(run("--record-history", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("expected --history DIR");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(run(Fixtures.path("results/good").toString(), "--out", file.resolve("sub").toString())).isEqualTo(2);
    }

    @Test
    void theReactorEntryPointNeverThrows(@TempDir Path dir) {
        ReactorDashboard.main(new String[] {dir.resolve("no-connectors").toString(), dir.resolve("site").toString(), ""});
        ReactorDashboard.main(new String[] {});

        assertThat(dir.resolve("site/index.html")).content().contains("No connector results found");
    }
}
