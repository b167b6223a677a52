package io.lakeflow.pipeline.cli;

import io.lakeflow.pipeline.bench.Bench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench}: the throughput benchmark (see {@link Bench}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures records/s into Delta: the pipeline's flows against Spark's own JSON reader on the "
                + "same records, in one JVM, after a warm-up round: each path next to its baseline, the median of several rounds.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER",
            description = "Work folder (JSON files, Delta tables); default: a new temporary folder.")
    Path folder;

    @Option(names = "--records", defaultValue = "1000000", description = "Records per path. Default: ${DEFAULT-VALUE}.")
    long records;

    @Option(names = "--per-batch", defaultValue = "250000",
            description = "Records per micro-batch. Default: ${DEFAULT-VALUE}.")
    int perBatch;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Measured rounds; each pair's median ratio is reported. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--master", defaultValue = "local[*]",
            description = "Spark master of the embedded session (ignored under spark-submit). Default: ${DEFAULT-VALUE}.")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (records < 1 || perBatch < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--records, --per-batch and --rounds must be "
                    + "at least 1; got --records " + records + " --per-batch " + perBatch + " --rounds " + rounds
                    + ". Fix: e.g. --records 1000000 --per-batch 500000 --rounds 3.");
        }
        Path work = folder != null ? Files.createDirectories(folder) : Files.createTempDirectory("lakeflow-bench");
        SparkSession spark = SparkSessions.create(work.toString(), master);
        try {
            Bench.run(spark, work, records, perBatch, rounds, System.out);
        } finally {
            if (!SparkSessions.submitted()) {
                spark.stop();
            }
        }
        return 0;
    }
}
