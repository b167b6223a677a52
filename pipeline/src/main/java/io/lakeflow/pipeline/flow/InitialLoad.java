package io.lakeflow.pipeline.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lakeflow.connect.Offset;
import io.lakeflow.pipeline.source.DrainReports;
import io.lakeflow.pipeline.source.LakeflowDataSource;
import io.lakeflow.pipeline.source.SourceOptions;
import io.lakeflow.pipeline.spec.SpecProblem;
import io.lakeflow.pipeline.spec.TableSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A streaming flow's first load, as one batch job. While the flow's checkpoint holds no offset, one
 * task drains the source's offset loop (reading and converting on one thread while Spark writes on
 * another) up to {@code initialLoadMaxRecords} records, and the rows are applied in one go, as a
 * micro-batch would be. Where the drain stopped is then recorded, and the stream starts from there
 * ({@code startingOffset}): in this run only when the load stopped at its cap (a load that read
 * everything leaves what arrived during it to the next run, as every run leaves what arrives after
 * it started), and in every later run. A first load then costs one job and one Delta commit, instead of one
 * micro-batch (planning, offset log, Delta's snapshot and commit) per {@code maxRecordsPerBatch}
 * records, and its rows are never held on the driver.
 *
 * <p>Crash safety: applying is idempotent (an append flow overwrites the destination, which its
 * stream has not written to yet; a cdc flow merges by key and sequence), and the record is written
 * only once it succeeded. Killed before the record, the next run loads again and ends in the same
 * state; killed after, the stream starts from the record. A load that fails (a record that does
 * not fit, a source error) commits nothing.
 *
 * <p>Table options ({@code table_configuration}, not passed to the connector): {@code initialLoad}
 * ({@code batch}, the default, or {@code stream}: the first load is micro-batches like any other
 * run) and {@code initialLoadMaxRecords} (default {@value #DEFAULT_MAX_RECORDS}; the rest of a larger
 * first load streams, so a crash costs at most this many records of work). Tables read as
 * partitioned streams always stream: their offsets are the connector's partition offsets, not the
 * offset loop's, and their micro-batches are already read in parallel.
 */
final class InitialLoad {

    static final String MODE = "initialLoad";
    static final String MAX_RECORDS = "initialLoadMaxRecords";
    static final long DEFAULT_MAX_RECORDS = 10_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How one micro-batch is applied to the destination (an append flow: overwrite). */
    @FunctionalInterface
    interface Apply {
        void apply(Dataset<Row> rows) throws Exception;
    }

    /**
     * What the load did.
     *
     * @param streamOptions options for the flow's stream ({@code startingOffset}, when a load ran or had run)
     * @param records       records loaded by this run (0 when none ran)
     * @param ran           whether this run loaded
     * @param exhausted     whether the load read everything the source had (the stream then need
     *                      not start this run: what it would read arrived after the load began)
     */
    record Loaded(Map<String, String> streamOptions, long records, boolean ran, boolean exhausted) {
        StreamRunner.Totals totals() {
            // Like a stream's, a load counts as a batch only when it had records.
            return new StreamRunner.Totals(ran && records > 0 ? 1 : 0, records);
        }
    }

    private InitialLoad() {
    }

    /** Whether {@code name} is one of the pipeline's own table options (not the connector's). */
    static boolean isOption(String name) {
        return name.equalsIgnoreCase(MODE) || name.equalsIgnoreCase(MAX_RECORDS);
    }

    /** Checks the table options; adds a problem per bad value. */
    static void check(TableSpec t, String configPath, List<SpecProblem> problems) {
        String mode = option(t, MODE);
        if (mode != null && !mode.equals("batch") && !mode.equals("stream")) {
            problems.add(new SpecProblem(configPath + "." + MODE, "expected one of [batch, stream], got '" + mode
                    + "'"));
        }
        String max = option(t, MAX_RECORDS);
        if (max != null) {
            long value;
            try {
                value = Long.parseLong(max.trim());
            } catch (NumberFormatException e) {
                value = 0;
            }
            if (value < 1) {
                problems.add(new SpecProblem(configPath + "." + MAX_RECORDS, "expected a whole number of records of "
                        + "at least 1, got '" + max + "'"));
            }
        }
    }

    private static String option(TableSpec t, String name) {
        for (Map.Entry<String, String> e : t.sourceOptions().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().trim();
            }
        }
        return null;
    }

    /**
     * Loads, when the flow is at its start; otherwise tells the stream where to start.
     *
     * @param deletes    whether this is the delete flow
     * @param checkpoint the flow's stream checkpoint
     * @param record     where the finished load is recorded
     * @param label      the flow's name in progress lines
     * @param apply      applies the loaded rows, idempotently
     */
    static Loaded run(SparkSession spark, TablePlan plan, boolean deletes, String checkpoint, String record,
                      String label, Apply apply, PrintStream out) {
        if (hasOffsets(spark, checkpoint)) {
            return new Loaded(Map.of(), 0, false, false);
        }
        Offset recorded = readRecord(spark, record);
        if (recorded != null) {
            return new Loaded(Map.of("startingOffset", recorded.toJson()), 0, false, false);
        }
        // The delete flow always uses the offset loop.
        if ("stream".equals(option(plan.spec(), MODE))
                || (!deletes && SourceOptions.parse(plan.readOptions()).streamsPartitioned())) {
            return new Loaded(Map.of(), 0, false, false);
        }
        String max = option(plan.spec(), MAX_RECORDS);
        long started = System.nanoTime();
        String report = DrainReports.open(spark.sparkContext());
        DrainReports.Report done;
        try {
            // Reported nullable, as the destination's columns are: rows that Spark had to make
            // nullable itself (Dataset.to) would be copied through an interpreted transform per array.
            Dataset<Row> rows = spark.read().format(LakeflowDataSource.FORMAT).schema(plan.schema().asNullable())
                    .options(plan.readOptions()).option("isDeleteFlow", String.valueOf(deletes))
                    .option("drainReport", report)
                    .option("maxRecordsPerDrain", max == null ? String.valueOf(DEFAULT_MAX_RECORDS) : max).load();
            apply.apply(rows);
        } catch (Exception e) {
            // Spark wraps a source's error in exceptions of its own: say the root cause, as streams do.
            throw new FlowFailedException(label + " (initial load)", e);
        } finally {
            done = DrainReports.close(report);
        }
        if (done == null) {
            throw new IllegalStateException(label + ": the initial load's job finished without its drain reporting "
                    + "where it stopped, so the stream cannot start after it. Fix: run again with the table option "
                    + MODE + ": stream.");
        }
        writeRecord(spark, record, done);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        out.println(String.format(Locale.ROOT, "  %-40s initial load: %d records (%.0f records/s)", label,
                done.records(), done.records() / seconds));
        return new Loaded(Map.of("startingOffset", done.end().toJson()), done.records(), true, done.exhausted());
    }

    /** Whether Spark has logged an offset in the checkpoint (the stream then resumes from it). */
    private static boolean hasOffsets(SparkSession spark, String checkpoint) {
        try {
            Path offsets = new Path(checkpoint, "offsets");
            FileSystem fs = offsets.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(offsets)) {
                return false;
            }
            for (FileStatus f : fs.listStatus(offsets)) {
                if (f.getPath().getName().matches("\\d+")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint " + checkpoint, e);
        }
    }

    private static Offset readRecord(SparkSession spark, String record) {
        try {
            Path path = new Path(record);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) {
                return null;
            }
            try (var in = fs.open(path)) {
                return Offset.fromJson(JSON.readTree(in).get("offset").asText());
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The initial load's record " + record + " cannot be read: "
                    + e.getMessage() + ". Fix: run with --full-refresh for this table.", e);
        }
    }

    /** Writes the record next to it, then renames it into place, so it is whole or absent. */
    private static void writeRecord(SparkSession spark, String record, DrainReports.Report done) {
        try {
            Path path = new Path(record);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(path.getParent());
            Path temp = new Path(path.getParent(), "." + path.getName() + ".tmp");
            ObjectNode json = JSON.createObjectNode();
            json.put("offset", done.end().toJson());
            json.put("records", done.records());
            try (OutputStream o = fs.create(temp, true)) {
                o.write(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
            }
            if (!fs.rename(temp, path)) {
                throw new IOException("rename of " + temp + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the initial load in " + record + " (the loaded rows are "
                    + "committed; the next run loads them again, idempotently)", e);
        }
    }
}
