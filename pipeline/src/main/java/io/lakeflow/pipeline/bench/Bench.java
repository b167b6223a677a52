package io.lakeflow.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.pipeline.flow.ChangeApplier;
import io.lakeflow.pipeline.flow.Pipeline;
import io.lakeflow.pipeline.flow.PlanResolver;
import io.lakeflow.pipeline.flow.TablePlan;
import io.lakeflow.pipeline.flow.TableRunSummary;
import io.lakeflow.pipeline.flow.Warehouse;
import io.lakeflow.pipeline.spec.PipelineSpec;
import io.lakeflow.pipeline.spec.SpecParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;

/**
 * Throughput benchmark (not a test). In one JVM, for N records of the in-memory {@code synthetic}
 * source, it measures four paths into Delta:
 * <ol>
 *   <li>the pipeline, append flow ({@code lakeflow_connect} stream into Delta's streaming sink);</li>
 *   <li>the pipeline, cdc SCD type 1 flow (stream, MERGE per micro-batch, 200,000 keys);</li>
 *   <li>Spark's own JSON reader on the same records as JSON lines, written to a Delta table: the
 *       baseline of the append flow;</li>
 *   <li>Spark's JSON reader as a stream over the same files, one file per micro-batch, into
 *       Delta's streaming sink: how much of the append flows' time is micro-batching itself;</li>
 *   <li>Spark's JSON reader on the same files, one file per micro-batch of the pipeline, each
 *       applied with the pipeline's own MERGE ({@link ChangeApplier}): the baseline of the cdc
 *       flow, which differs from the pipeline only in where the records come from.</li>
 * </ol>
 * Each path runs once on a smaller warm-up round (so class loading, code generation and Delta's
 * first table are not charged to whichever path runs first), then on N records. The pipeline's
 * times are its per-table durations, which include creating the table and counting the changes.
 *
 * <p>Run it with the command line: {@code lakeflow-pipeline bench [--records N] [--per-batch N] [FOLDER]}.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {
    }

    /**
     * Runs the warm-up round, then the measured one, printing the results.
     *
     * @param spark    the session (with Delta)
     * @param work     the work folder
     * @param n        records per path
     * @param perBatch records per micro-batch
     * @param out      where results go
     */
    public static void run(SparkSession spark, Path work, long n, int perBatch, PrintStream out) throws IOException {
        long warmUp = Math.min(n, 200_000);
        out.printf(Locale.ROOT, "Bench warm-up: %d records%n", warmUp);
        round(spark, work.resolve("warm-up"), warmUp, perBatch, new PrintStream(PrintStream.nullOutputStream()));
        out.printf(Locale.ROOT, "Bench: %d records, %d per micro-batch, %d cores, work folder %s%n", n, perBatch,
                spark.sparkContext().defaultParallelism(), work);
        round(spark, work.resolve("measured"), n, perBatch, out);
    }

    private static void round(SparkSession spark, Path folder, long n, int perBatch, PrintStream out)
            throws IOException {
        List<Path> files = writeJsonLines(Files.createDirectories(folder.resolve("json")), n, perBatch);
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse").toString());
        String spec = """
                connection: {name: synthetic}
                objects:
                  - table: {source_table: events, table_configuration: {scd_type: APPEND_ONLY, records: "%d", batch_size: "50000", maxRecordsPerBatch: "%d"}}
                  - table: {source_table: events_partitioned, table_configuration: {scd_type: APPEND_ONLY, records: "%d", batch_size: "%d", records_per_batch: "%d"}}
                  - table: {source_table: users, table_configuration: {scd_type: SCD_TYPE_1, records: "%d", batch_size: "50000", maxRecordsPerBatch: "%d"}}
                """.formatted(n, perBatch, n, Math.max(1, perBatch / spark.sparkContext().defaultParallelism()), perBatch,
                n, perBatch);
        PipelineSpec parsed = SpecParser.parse(spec, "bench", Map.of());
        List<TablePlan> plans = PlanResolver.resolve(parsed, "bench");
        List<TableRunSummary> results = new Pipeline(spark, warehouse, out).run(plans, Set.of());
        out.print(Pipeline.format(results));

        long started = System.nanoTime();
        spark.read().schema(SyntheticConnector.SCHEMA).json(folder.resolve("json").toString())
                .write().format("delta").mode("overwrite").save(folder.resolve("warehouse/json_append").toString());
        double appendSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        spark.read().format("lakeflow_connect").option("connector", "synthetic")
                .option("tableName", SyntheticConnector.PARTITIONED).option("records", String.valueOf(n))
                .option("batch_size", String.valueOf(Math.max(1, perBatch / spark.sparkContext().defaultParallelism())))
                .load().write().format("delta").mode("overwrite")
                .save(folder.resolve("warehouse/batch_partitioned").toString());
        double batchSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        try {
            spark.readStream().schema(SyntheticConnector.SCHEMA).option("maxFilesPerTrigger", 1)
                    .json(folder.resolve("json").toString()).writeStream().format("delta")
                    .option("checkpointLocation", folder.resolve("warehouse/_json_stream_checkpoint").toString())
                    .trigger(Trigger.AvailableNow()).start(folder.resolve("warehouse/json_stream").toString())
                    .awaitTermination();
        } catch (StreamingQueryException e) {
            throw new IllegalStateException("The JSON stream baseline failed: " + e.getMessage(), e);
        }
        double streamSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        String target = folder.resolve("warehouse/json_merge").toString();
        spark.createDataFrame(List.<Row>of(), SyntheticConnector.SCHEMA).write().format("delta").save(target);
        ChangeApplier merge = new ChangeApplier(spark, List.of("id"), "updated_at", false,
                List.of(SyntheticConnector.SCHEMA.fieldNames()), target, null);
        for (Path file : files) {
            merge.upserts(spark.read().schema(SyntheticConnector.SCHEMA).json(file.toString()));
        }
        double mergeSeconds = (System.nanoTime() - started) / 1e9;

        double appendBaseline = n / appendSeconds;
        double streamBaseline = n / streamSeconds;
        double mergeBaseline = n / mergeSeconds;
        out.printf(Locale.ROOT, "%n%-58s %9s %10s %8s%n", "path into Delta", "seconds", "records/s", "ratio");
        out.printf(Locale.ROOT, "%-58s %9.1f %10.0f%n", "Spark JSON reader -> Delta write (append baseline)",
                appendSeconds, appendBaseline);
        out.printf(Locale.ROOT, "%-58s %9.1f %10.0f%n", "Spark JSON reader, streamed by file -> Delta streaming sink",
                streamSeconds, streamBaseline);
        out.printf(Locale.ROOT, "%-58s %9.1f %10.0f%n", "Spark JSON reader -> pipeline MERGE per batch (cdc baseline)",
                mergeSeconds, mergeBaseline);
        out.printf(Locale.ROOT, "%-58s %9.1f %10.0f %7.2fx%n", "lakeflow_connect batch read, partitioned -> Delta write",
                batchSeconds, n / batchSeconds, n / batchSeconds / appendBaseline);
        for (TableRunSummary r : results) {
            boolean append = !r.name().endsWith("users");
            String path = r.name().endsWith("events") ? "append, offset loop" : append ? "append, partitioned stream"
                    : "cdc SCD1, offset loop";
            double rate = r.records() * 1000.0 / Math.max(1, r.durationMs());
            out.printf(Locale.ROOT, "%-58s %9.1f %10.0f %7.2fx%s%n", "lakeflow_connect " + path, r.durationMs() / 1000.0,
                    rate, rate / (append ? appendBaseline : mergeBaseline), append ? String.format(Locale.ROOT,
                            " (%.2fx the JSON stream)", rate / streamBaseline) : "");
        }
    }

    /** Writes records 0..n-1 as JSON lines, {@code perFile} to a file; returns the files in order. */
    private static List<Path> writeJsonLines(Path folder, long n, int perFile) throws IOException {
        List<Path> files = new ArrayList<>();
        for (long first = 0; first < n; first += perFile) {
            Path file = folder.resolve(String.format(Locale.ROOT, "part-%05d.json", files.size()));
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                for (long i = first; i < Math.min(n, first + perFile); i++) {
                    w.write(JSON.writeValueAsString(SyntheticConnector.record(i)));
                    w.write('\n');
                }
            }
            files.add(file);
        }
        return files;
    }
}
