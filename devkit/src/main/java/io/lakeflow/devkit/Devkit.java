package io.lakeflow.devkit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code devkit} command line. Run it from the repository's root:
 *
 * <pre>
 * mvn -q -pl devkit compile exec:java -Dexec.args="new-connector acme"
 * java -jar devkit/target/lakeflow-devkit.jar new-connector acme --http
 * </pre>
 */
@Command(name = "devkit", mixinStandardHelpOptions = true, version = "lakeflow devkit 0.1",
        description = "Tools for connector authors. See prompts/README.md for the whole workflow.",
        subcommands = {NewConnectorCommand.class, CommandLine.HelpCommand.class})
public final class Devkit implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line; exits the JVM only on failure, so that {@code exec:java} ends normally. */
    public static void main(String[] args) {
        int code = new CommandLine(new Devkit()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
