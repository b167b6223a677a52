package io.lakeflow.pipeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.pipeline.cli.SparkSessions;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput benchmark (not a test): ingests N {@code synthetic} records into Delta through the
 * pipeline (append, and cdc SCD type 1), then, in the same JVM, the same records from a JSON-lines
 * file with Spark's own JSON reader into Delta; prints records/s of each and the ratios.
 *
 * <pre>java ... io.lakeflow.pipeline.bench.Bench [records] [folder]</pre>
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the benchmark: args {@code [records (default 1000000)] [work folder (default a temp folder)]}. */
    public static void main(String[] args) throws IOException {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("lakeflow-bench");
        PrintStream out = System.out;
        Path json = work.resolve("records.jsonl");
        writeJsonLines(json, n);
        out.printf(Locale.ROOT, "Bench: %d records, work folder %s%n", n, work);

        SparkSession spark = SparkSessions.create(work.toString(), "local[*]");
        Warehouse warehouse = new Warehouse(work.resolve("warehouse").toString());
        String spec = """
                connection: {name: synthetic}
                objects:
                  - table: {source_table: events, table_configuration: {scd_type: APPEND_ONLY, records: "%d", batch_size: "50000", maxRecordsPerBatch: "500000"}}
                  - table: {source_table: users, table_configuration: {scd_type: SCD_TYPE_1, records: "%d", batch_size: "50000", maxRecordsPerBatch: "500000"}}
                """.formatted(n, n);
        PipelineSpec parsed = SpecParser.parse(spec, "bench", Map.of());
        List<TablePlan> plans = PlanResolver.resolve(parsed, "bench");
        List<TableRunSummary> results = new Pipeline(spark, warehouse, out).run(plans, java.util.Set.of());
        out.print(Pipeline.format(results));

        long started = System.nanoTime();
        spark.read().schema(SyntheticConnector.SCHEMA).json(json.toString())
                .write().format("delta").mode("overwrite").save(work.resolve("warehouse/json_reader").toString());
        double jsonSeconds = (System.nanoTime() - started) / 1e9;
        double jsonRate = n / jsonSeconds;
        out.printf(Locale.ROOT, "%nSpark JSON reader -> Delta: %d records in %.1f s = %.0f records/s%n", n, jsonSeconds,
                jsonRate);
        for (TableRunSummary r : results) {
            double rate = r.records() * 1000.0 / Math.max(1, r.durationMs());
            out.printf(Locale.ROOT, "lakeflow_connect %-16s -> Delta: %d records in %.1f s = %.0f records/s "
                    + "(%.2fx the JSON reader)%n", r.name(), r.records(), r.durationMs() / 1000.0, rate, rate / jsonRate);
        }
        spark.stop();
    }

    private static void writeJsonLines(Path file, long n) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (long i = 0; i < n; i++) {
                w.write(mapper.writeValueAsString(SyntheticConnector.record(i)));
                w.write('\n');
            }
        }
    }
}
