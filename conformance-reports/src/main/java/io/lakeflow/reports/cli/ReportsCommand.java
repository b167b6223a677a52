package io.lakeflow.reports.cli;

import io.lakeflow.reports.DashboardGenerator;
import io.lakeflow.reports.results.ReportWarning;
import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.Dashboard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar lakeflow-conformance-reports.jar RESULT_DIRS... --out DIR [--history DIR]}:
 * draws the dashboard from result files collected from builds; {@code certify} runs the suite.
 */
@Command(name = "lakeflow-conformance-reports", mixinStandardHelpOptions = true, versionProvider = ReportsVersion.class,
        subcommands = {CertifyCommand.class},
        description = {"Draws the conformance dashboard (index.html, a page per connector, summary.json, summary.md, "
                + "badges/<connector>.svg) from the testkit's result files.",
                "Each RESULT_DIR is a result file, a results folder, a connector module, or a folder of connector modules."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the dashboard was written (also when connectors fail; see --fail-on-failure)",
                "1:--fail-on-failure was given and a connector has a failing check", "2:bad arguments or unwritable output"})
public final class ReportsCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RESULT_DIRS", arity = "0..*", description = "Where the result files are.")
    private List<Path> locations = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the site into (default: ${DEFAULT-VALUE}).",
            defaultValue = "dashboard")
    private Path out;

    @Option(names = "--history", paramLabel = "DIR", description = "Folder of earlier runs' result files (any layout), for trends.")
    private Path history;

    @Option(names = "--record-history", description = "Also copy the current results into the --history folder "
            + "(as <connector>/<start time>.json) for the next dashboard's trend.")
    private boolean recordHistory;

    @Option(names = "--fail-on-failure", description = "Exit 1 when any connector has a failing check.")
    private boolean failOnFailure;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for embedding and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new ReportsCommand());
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (recordHistory && history == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "expected --history DIR with --record-history; seen "
                    + "none. Fix: name the folder that keeps earlier results");
        }
        if (locations.isEmpty()) {
            stderr.println("warning: no RESULT_DIRS given: the dashboard will be empty. Fix: pass e.g. connectors/ or "
                    + "connectors/*/target/lakeflow-conformance");
        }
        DashboardGenerator.Generated generated;
        try {
            generated = new DashboardGenerator().generate(locations, out, Optional.ofNullable(history), recordHistory);
        } catch (java.io.IOException e) {
            stderr.println("error: expected to write the dashboard into " + out + "; seen " + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ". Fix: choose a writable --out folder");
            return 2;
        }
        report(generated, stdout, stderr);
        return failOnFailure && generated.dashboard().failingConnectors() > 0 ? 1 : 0;
    }

    /** Prints one line per connector and the warnings. */
    static void report(DashboardGenerator.Generated generated, PrintWriter stdout, PrintWriter stderr) {
        Dashboard d = generated.dashboard();
        for (ReportWarning w : d.warnings()) {
            stderr.println("warning: " + w);
        }
        if (d.connectors().isEmpty()) {
            stderr.println("warning: no connector results found; the dashboard is empty");
        }
        for (ConnectorView c : d.connectors()) {
            stdout.printf("%-24s %-8s %4d passed %4d failed %4d skipped  (%s)%n", c.name(), c.state().label(), c.passed(),
                    c.failed(), c.skipped(), c.run().mode());
        }
        stdout.println("dashboard: " + generated.index().toAbsolutePath());
        stdout.flush();
        stderr.flush();
    }
}
