package io.lakeflow.pipeline;

import io.lakeflow.pipeline.cli.LakeflowCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in this JVM, with what it printed (standard output and error
 * together), which is also echoed to the test's own output for the Surefire report.
 *
 * @param exit the exit code {@link LakeflowCli#execute} returned
 * @param out  everything the run printed
 */
record CliRun(int exit, String out) {

    /** Runs {@code lakeflow-pipeline args...} and captures its output. */
    static CliRun of(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int exit = LakeflowCli.execute(args);
            return new CliRun(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            stdout.print(buffer.toString(StandardCharsets.UTF_8));
        }
    }
}
