package io.lakeflow.reports.cli;

import io.lakeflow.reports.DashboardGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Maven reactor's entry point (exec-maven-plugin {@code java} goal at {@code verify}): draws
 * the dashboard of every connector module. It runs inside Maven's JVM, so it never calls
 * {@code System.exit}, and never fails the build: failing connectors already fail their own
 * module, and bad result files are warnings on the page.
 *
 * <p>Arguments: {@code CONNECTORS_DIR OUT_DIR [HISTORY_DIR]} (an empty history means none).
 */
public final class ReactorDashboard {

    private ReactorDashboard() {
    }

    /** Draws the dashboard; see the class comment for the arguments. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (args.length < 2 || args[0] == null || args[1] == null) {
            err.println("[lakeflow-conformance-reports] warning: expected arguments CONNECTORS_DIR OUT_DIR [HISTORY_DIR]; seen "
                    + args.length + ". Fix: check the exec-maven-plugin configuration of conformance-reports/pom.xml");
            return;
        }
        Optional<Path> history = args.length > 2 && args[2] != null && !args[2].isBlank() ? Optional.of(Path.of(args[2])) : Optional.empty();
        try {
            DashboardGenerator.Generated generated = new DashboardGenerator()
                    .generate(List.of(Path.of(args[0])), Path.of(args[1]), history, false);
            ReportsCommand.report(generated, out, err);
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            err.println("[lakeflow-conformance-reports] warning: the dashboard could not be written to " + args[1] + ": "
                    + e + ". Fix: check that the folder is writable; the build goes on");
        }
    }
}
