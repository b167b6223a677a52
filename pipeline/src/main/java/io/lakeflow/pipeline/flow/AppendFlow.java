package io.lakeflow.pipeline.flow;

import io.delta.tables.DeltaTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Append tables: the first load as one batch job that overwrites the (still empty) destination
 * ({@link InitialLoad}), then a stream whose micro-batches are appended to the destination, each
 * Delta commit marked with the stream's id and the batch's ({@code userMetadata}
 * {@code lakeflow-append <query id> <batch id>}).
 *
 * <p>Exactly once: Spark replays at most one batch after a crash, the first of the next run, and
 * only when it had not logged that batch as committed. So the first batch of each run looks for
 * its mark in the table's log and is skipped when the killed run had committed it. This is what
 * Delta's streaming sink does too, but the sink reads the table's whole state (Spark jobs) before
 * every micro-batch to find the batch ids it stores there; reading the last commits once per run
 * costs nothing measurable.
 */
final class AppendFlow implements Flow {

    static final String MARK = "lakeflow-append";

    @Override
    public TableRunSummary run(SparkSession spark, TablePlan plan, Warehouse warehouse, PrintStream out) {
        long started = System.currentTimeMillis();
        String path = warehouse.tablePath(plan.spec());
        // A new table is created by its first load's own commit (not by an empty commit before it).
        boolean existed = DeltaTable.isDeltaTable(spark, path);
        if (existed) {
            DestinationTable.ensure(spark, path, plan.name(), plan.schema());
        }
        long version = existed ? DeltaChanges.version(spark, path) : -1;
        String name = plan.name() + " append";
        String checkpoint = warehouse.checkpoint(plan.spec(), "append");
        InitialLoad.Loaded loaded = InitialLoad.run(spark, plan, false, checkpoint,
                warehouse.initialLoadRecord(plan.spec(), "append"), name,
                rows -> rows.write().format("delta").mode("overwrite").save(path), out);
        if (!existed) {
            DestinationTable.ensure(spark, path, plan.name(), plan.schema());
        }
        StreamRunner.Totals totals = loaded.exhausted() ? loaded.totals()
                : StreamRunner.run(StreamRunner.read(spark, plan, false, loaded.streamOptions()), name, checkpoint,
                        w -> w.foreachBatch(appendOnce(path, name, out))).plus(loaded.totals());
        DeltaChanges.Counts c = DeltaChanges.since(spark, path, version);
        return new TableRunSummary(plan.name(), c.inserted(), c.updated(), c.deleted(), totals.batches(),
                totals.records(), System.currentTimeMillis() - started, null);
    }

    /** Appends each micro-batch with its mark; the run's first batch only if it is not in the log yet. */
    private static VoidFunction2<Dataset<Row>, Long> appendOnce(String path, String name, PrintStream out) {
        boolean[] checked = {false};
        return (batch, batchId) -> {
            SparkSession spark = batch.sparkSession();
            String query = spark.sparkContext().getLocalProperty("sql.streaming.queryId");
            if (query == null) {
                throw new IllegalStateException("The append flow into " + path + " runs outside a streaming query");
            }
            if (!checked[0]) {
                checked[0] = true;
                long last = lastCommittedBatch(spark, path, query);
                if (batchId <= last) {
                    out.println(String.format(Locale.ROOT, "  %-40s batch %d: replayed after a stop, "
                            + "already in the table; skipped", name, batchId));
                    return;
                }
            }
            batch.write().format("delta").mode("append").option("userMetadata", MARK + " " + query + " " + batchId)
                    .save(path);
        };
    }

    /**
     * The highest batch id of {@code query} in the table's log, or -1: the last 16 commits first
     * (the mark is almost always there), else the whole log.
     */
    static long lastCommittedBatch(SparkSession spark, String path, String query) {
        String prefix = MARK + " " + query + " ";
        for (int limit : new int[] {16, Integer.MAX_VALUE}) {
            DeltaTable table = DeltaTable.forPath(spark, path);
            List<Row> marks = (limit == Integer.MAX_VALUE ? table.history() : table.history(limit))
                    .select("userMetadata").collectAsList();
            long last = -1;
            for (Row r : marks) {
                String mark = r.getString(0);
                if (mark != null && mark.startsWith(prefix)) {
                    last = Math.max(last, Long.parseLong(mark.substring(prefix.length())));
                }
            }
            if (last >= 0 || marks.size() < limit) {
                return last;
            }
        }
        return -1;
    }
}
