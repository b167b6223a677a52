package io.lakeflow.pipeline.flow;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Runs resolved table plans one after the other, each to the end of the data available now,
 * resuming from its checkpoints. A table that fails is reported and the others still run; its
 * destination keeps every batch committed before the failure.
 */
public final class Pipeline {

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final PrintStream out;

    /**
     * @param spark     the session (with Delta's extension and catalog configured)
     * @param warehouse where destinations and state live
     * @param out       where progress goes
     */
    public Pipeline(SparkSession spark, Warehouse warehouse, PrintStream out) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.out = out;
    }

    /**
     * Runs the plans.
     *
     * @param plans       the tables, in order
     * @param fullRefresh {@code null}: incremental; empty: rebuild every table; otherwise the
     *                    tables to rebuild (destination name, destination table or source table)
     * @return one summary per plan, in order
     */
    public List<TableRunSummary> run(List<TablePlan> plans, Set<String> fullRefresh) {
        ProgressListener listener = new ProgressListener(out);
        spark.streams().addListener(listener);
        try {
            List<TableRunSummary> summaries = new ArrayList<>();
            for (TablePlan plan : plans) {
                out.println("== " + plan.describe());
                plan.warnings().forEach(w -> out.println("  " + w));
                if (fullRefresh != null && (fullRefresh.isEmpty() || matches(plan, fullRefresh))) {
                    out.println("  full refresh: dropping " + warehouse.tablePath(plan.spec()) + " and its checkpoints");
                    warehouse.reset(spark, plan.spec());
                }
                long started = System.currentTimeMillis();
                TableRunSummary summary;
                try {
                    summary = Flow.of(plan).run(spark, plan, warehouse, out);
                } catch (RuntimeException e) {
                    String message = e instanceof FlowFailedException ? e.getMessage() : FlowFailedException.rootMessage(e);
                    summary = new TableRunSummary(plan.name(), 0, 0, 0, 0, 0, System.currentTimeMillis() - started,
                            message);
                    out.println("  FAILED: " + message);
                }
                summaries.add(summary);
            }
            return summaries;
        } finally {
            spark.streams().removeListener(listener);
        }
    }

    private static boolean matches(TablePlan plan, Set<String> names) {
        return names.contains(plan.name()) || names.contains(plan.spec().destinationTable())
                || names.contains(plan.spec().sourceTable());
    }

    /** The final per-table summary, as a text table. */
    public static String format(List<TableRunSummary> summaries) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-32s %9s %9s %9s %8s %9s %9s %10s  %s%n", "table", "inserted", "updated",
                "deleted", "batches", "records", "seconds", "records/s", "status"));
        for (TableRunSummary s : summaries) {
            sb.append(String.format(Locale.ROOT, "%-32s %9d %9d %9d %8d %9d %9.1f %10.0f  %s%n", s.name(), s.inserted(),
                    s.updated(), s.deleted(), s.batches(), s.records(), s.durationMs() / 1000.0, s.rate(),
                    s.ok() ? "ok" : "FAILED"));
        }
        return sb.toString();
    }
}
