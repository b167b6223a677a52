package io.lakeflow.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lakeflow-pipeline}: the pipeline's command line. */
@Command(name = "lakeflow-pipeline", mixinStandardHelpOptions = true, version = "lakeflow-pipeline 0.1.0",
        description = "Ingests connector tables into Delta tables, as a declarative spec says.",
        subcommands = {RunCommand.class, BenchCommand.class})
public final class LakeflowCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 a table failed, 2 bad spec or usage). */
    public static int execute(String... args) {
        return new CommandLine(new LakeflowCli()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'run SPEC'.");
    }
}
