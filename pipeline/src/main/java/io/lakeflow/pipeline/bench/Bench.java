package io.lakeflow.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.pipeline.flow.ChangeApplier;
import io.lakeflow.pipeline.flow.Pipeline;
import io.lakeflow.pipeline.flow.PlanResolver;
import io.lakeflow.pipeline.flow.TablePlan;
import io.lakeflow.pipeline.flow.TableRunSummary;
import io.lakeflow.pipeline.flow.Warehouse;
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
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;

/**
 * Throughput benchmark (not a test). In one JVM, for N records of the in-memory {@code synthetic}
 * source, it measures the pipeline's paths into Delta, each against Spark's own JSON reader on the
 * same records as JSON lines doing the same thing:
 * <ol>
 *   <li>append, first load ({@link io.lakeflow.pipeline.flow.InitialLoad}: one batch job), against
 *       the JSON reader writing the files to a Delta table in one job;</li>
 *   <li>cdc SCD type 1 (200,000 keys), first load (one job: the latest change per key, appended
 *       into the empty destination), against the JSON reader applied with the pipeline's own upsert
 *       ({@link ChangeApplier}, which does the same) in one go;</li>
 *   <li>the same two streamed ({@code initialLoad: stream}: micro-batches of {@code --per-batch}
 *       records, as every later run streams), against the JSON reader as a stream over the same
 *       files, one file (micro-batch) at a time, into Delta's streaming sink (append) or the
 *       pipeline's upsert (cdc: the first file appended, a MERGE for each later one, as the path);</li>
 *   <li>a {@code SupportsPartitionedStream} table streamed (micro-batches read in parallel), and a
 *       batch {@code lakeflow_connect} read of it, against the one-job baseline.</li>
 * </ol>
 * A path and its baseline run back to back, in alternating order from round to round (so a machine
 * whose speed drifts favours neither), each in a fresh warehouse; the result is each pair's median
 * ratio over the rounds, after a warm-up round of fewer records (class loading, code generation and
 * Delta's first table are charged to no one). The pipeline's times are its per-table durations,
 * which include creating the table and counting the changes.
 *
 * <p>Run it with the command line: {@code lakeflow-pipeline bench [--records N] [--per-batch N]
 * [--rounds N] [FOLDER]}.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One path, timed: seconds and records. */
    private record Timed(double seconds, long records) {
        double rate() {
            return records / seconds;
        }
    }

    /** A path of the pipeline (or the data source) and the baseline it is compared with. */
    private record Pair(String path, String baseline, Function<Path, Timed> measure, Function<Path, Timed> base) {
    }

    private Bench() {
    }

    /**
     * Runs the warm-up round, then the measured rounds, printing the results.
     *
     * @param spark    the session (with Delta)
     * @param work     the work folder
     * @param n        records per path
     * @param perBatch records per micro-batch
     * @param rounds   measured rounds
     * @param out      where results go
     */
    public static void run(SparkSession spark, Path work, long n, int perBatch, int rounds, PrintStream out)
            throws IOException {
        long warmUp = Math.min(n, 200_000);
        out.printf(Locale.ROOT, "Bench warm-up: %d records%n", warmUp);
        measure(spark, work.resolve("warm-up"), warmUp, perBatch, 1, new PrintStream(PrintStream.nullOutputStream()));
        out.printf(Locale.ROOT, "Bench: %d records, %d per micro-batch, %d rounds, %d cores, work folder %s%n", n,
                perBatch, rounds, spark.sparkContext().defaultParallelism(), work);
        measure(spark, work.resolve("measured"), n, perBatch, rounds, out);
    }

    private static void measure(SparkSession spark, Path folder, long n, int perBatch, int rounds, PrintStream out)
            throws IOException {
        List<Path> files = writeJsonLines(Files.createDirectories(folder.resolve("json")), n, perBatch);
        String json = folder.resolve("json").toString();
        int cores = spark.sparkContext().defaultParallelism();
        String spec = """
                connection: {name: synthetic}
                objects:
                  - table: {source_table: events, table_configuration: {scd_type: APPEND_ONLY, records: "%1$d", batch_size: "50000"}}
                  - table: {source_table: users, table_configuration: {scd_type: SCD_TYPE_1, records: "%1$d", batch_size: "50000"}}
                  - table: {source_table: events, destination_table: events_streamed, table_configuration: {scd_type: APPEND_ONLY, records: "%1$d", batch_size: "50000", initialLoad: stream, maxRecordsPerBatch: "%2$d"}}
                  - table: {source_table: users, destination_table: users_streamed, table_configuration: {scd_type: SCD_TYPE_1, records: "%1$d", batch_size: "50000", initialLoad: stream, maxRecordsPerBatch: "%2$d"}}
                  - table: {source_table: events_partitioned, table_configuration: {scd_type: APPEND_ONLY, records: "%1$d", batch_size: "%3$d", records_per_batch: "%2$d"}}
                """.formatted(n, perBatch, Math.max(1, perBatch / cores));
        List<TablePlan> plans = PlanResolver.resolve(SpecParser.parse(spec, "bench", Map.of()), "bench");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        Function<Integer, Function<Path, Timed>> pipeline = i -> dir -> {
            TableRunSummary r = new Pipeline(spark, new Warehouse(dir.toString()), quiet).run(List.of(plans.get(i)),
                    Set.of()).get(0);
            if (!r.ok()) {
                throw new IllegalStateException("The bench's table " + r.name() + " failed: " + r.error());
            }
            return new Timed(r.durationMs() / 1000.0, r.records());
        };
        Function<Path, Timed> jsonJob = dir -> timed(n, () -> spark.read().schema(SyntheticConnector.SCHEMA).json(json)
                .write().format("delta").mode("overwrite").save(dir.resolve("json_append").toString()));
        List<Pair> pairs = List.of(
                new Pair("pipeline append, first load", "Spark JSON reader, one job", pipeline.apply(0), jsonJob),
                new Pair("pipeline cdc SCD1, first load", "Spark JSON reader, one upsert", pipeline.apply(1),
                        dir -> timed(n, () -> upserts(spark, dir.resolve("json_merge").toString())
                                .upserts(spark.read().schema(SyntheticConnector.SCHEMA).json(json)))),
                new Pair("pipeline append, streamed", "Spark JSON reader, streamed by file", pipeline.apply(2),
                        dir -> timed(n, () -> jsonStream(spark, json, dir))),
                new Pair("pipeline cdc SCD1, streamed", "Spark JSON reader, an upsert per file", pipeline.apply(3),
                        dir -> timed(n, () -> {
                            ChangeApplier applier = upserts(spark, dir.resolve("json_merge_stream").toString());
                            for (Path file : files) {
                                applier.upserts(spark.read().schema(SyntheticConnector.SCHEMA).json(file.toString()));
                            }
                        })),
                new Pair("pipeline append, partitioned stream", "Spark JSON reader, one job", pipeline.apply(4),
                        jsonJob),
                new Pair("lakeflow_connect batch read, partitioned", "Spark JSON reader, one job",
                        dir -> timed(n, () -> spark.read().format("lakeflow_connect").option("connector", "synthetic")
                                .option("tableName", SyntheticConnector.PARTITIONED).option("records", String.valueOf(n))
                                .option("batch_size", String.valueOf(Math.max(1, perBatch / cores))).load().write()
                                .format("delta").mode("overwrite").save(dir.resolve("batch_partitioned").toString())),
                        jsonJob));

        List<List<Timed>> paths = new ArrayList<>();
        List<List<Timed>> baselines = new ArrayList<>();
        pairs.forEach(p -> {
            paths.add(new ArrayList<>());
            baselines.add(new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                Path dir = folder.resolve("round-" + round + "-" + i);
                Timed path;
                Timed base;
                if ((round + i) % 2 == 0) {
                    path = pair.measure().apply(dir.resolve("path"));
                    base = pair.base().apply(dir.resolve("baseline"));
                } else {
                    base = pair.base().apply(dir.resolve("baseline"));
                    path = pair.measure().apply(dir.resolve("path"));
                }
                paths.get(i).add(path);
                baselines.get(i).add(base);
                out.printf(Locale.ROOT, "  round %d/%d  %-42s %8.0f/s  %-38s %8.0f/s  %5.2fx%n", round + 1, rounds,
                        pair.path(), path.rate(), pair.baseline(), base.rate(), path.rate() / base.rate());
                deleteTree(dir);
            }
        }
        out.printf(Locale.ROOT, "%n%-42s %10s  %-38s %10s  %s%n", "path into Delta (median of rounds)", "records/s",
                "baseline", "records/s", "ratio (each round)");
        for (int i = 0; i < pairs.size(); i++) {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(paths.get(i).get(r).rate() / baselines.get(i).get(r).rate());
            }
            out.printf(Locale.ROOT, "%-42s %10.0f  %-38s %10.0f  %5.2fx (%s)%n", pairs.get(i).path(),
                    median(paths.get(i).stream().map(Timed::rate).toList()), pairs.get(i).baseline(),
                    median(baselines.get(i).stream().map(Timed::rate).toList()), median(ratios),
                    String.join(", ", ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
        }
    }

    private static void jsonStream(SparkSession spark, String json, Path dir) {
        try {
            spark.readStream().schema(SyntheticConnector.SCHEMA).option("maxFilesPerTrigger", 1).json(json)
                    .writeStream().format("delta")
                    .option("checkpointLocation", dir.resolve("_json_stream_checkpoint").toString())
                    .trigger(Trigger.AvailableNow()).start(dir.resolve("json_stream").toString()).awaitTermination();
        } catch (StreamingQueryException e) {
            throw new IllegalStateException("The JSON stream baseline failed: " + e.getMessage(), e);
        }
    }

    private static ChangeApplier upserts(SparkSession spark, String target) {
        spark.createDataFrame(List.<Row>of(), SyntheticConnector.SCHEMA).write().format("delta").save(target);
        return new ChangeApplier(spark, List.of("id"), "updated_at", false, List.of(SyntheticConnector.SCHEMA.fieldNames()),
                target, null);
    }

    private static Timed timed(long records, Runnable work) {
        long started = System.nanoTime();
        work.run();
        return new Timed((System.nanoTime() - started) / 1e9, records);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot delete the bench's folder " + dir, e);
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
