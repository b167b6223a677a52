package io.lakeflow.reports.cli;

import io.lakeflow.reports.runner.CertifyException;
import io.lakeflow.reports.runner.CertifyOutcome;
import io.lakeflow.reports.runner.CertifyRequest;
import io.lakeflow.reports.runner.ConformanceRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certify --classpath JARS... --connector CLASS [--simulator CLASS] [--option k=v ...] --out DIR}:
 * runs the standard conformance suite over a connector jar outside Maven.
 */
@Command(name = "certify", mixinStandardHelpOptions = true, versionProvider = ReportsVersion.class,
        description = {"Runs the standard conformance suite over a connector outside Maven and writes "
                + "<connector>.json into --out (the same file mvn verify writes).",
                "The class path must hold the connector, lakeflow-testkit and their dependencies."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed or was skipped", "1:a check failed", "2:the run could not start"})
public final class CertifyCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "JARS", arity = "1..*", required = true,
            description = "Jars and class folders (each may be a ${sys:path.separator}-separated list, or dir/* for its jars).")
    private List<Path> classpath = new ArrayList<>();

    @Option(names = "--connector", paramLabel = "CLASS", required = true, description = "The connector class.")
    private String connector;

    @Option(names = "--simulator", paramLabel = "CLASS", description = "The simulator class (for mode simulate).")
    private String simulator;

    @Option(names = "--write-back", paramLabel = "CLASS", description = "The write-back helper class.")
    private String writeBack;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A connection option (repeatable).")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--table-option", paramLabel = "TABLE:KEY=VALUE", description = "A per-table option (repeatable).")
    private List<String> tableOptions = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", description = "simulate, replay, record or live (default: simulate "
            + "with a simulator, else live; live reads credentials from CONNECTOR_TEST_CONFIG_JSON or CONNECTOR_TEST_CONFIG_PATH).")
    private String mode;

    @Option(names = "--readme", paramLabel = "FILE", description = "The connector's README.md, for the docs_match_code "
            + "check (without it the check is skipped).")
    private Path readme;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the result file (default: ${DEFAULT-VALUE}).",
            defaultValue = "lakeflow-conformance")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CertifyRequest request = new CertifyRequest(classpath, connector, Optional.ofNullable(simulator),
                Optional.ofNullable(writeBack), options, tableOptions, Optional.ofNullable(mode), out, Optional.ofNullable(readme));
        CertifyOutcome outcome;
        try {
            outcome = new ConformanceRunner().certify(request);
        } catch (CertifyException e) {
            stderr.println("error: " + e.getMessage());
            stderr.flush();
            return 2;
        }
        for (String failure : outcome.failures()) {
            stderr.println("FAILED " + failure);
        }
        stdout.println(outcome.passed() + " passed, " + outcome.failed() + " failed, " + outcome.skipped() + " skipped");
        outcome.resultFiles().forEach(f -> stdout.println("result: " + f.toAbsolutePath()));
        if (outcome.resultFiles().isEmpty()) {
            stderr.println("warning: the run wrote no result file into " + out + ". Fix: check that the class path's testkit "
                    + "is a lakeflow-testkit of this version");
        }
        stdout.flush();
        stderr.flush();
        return outcome.failed() > 0 ? 1 : 0;
    }
}
