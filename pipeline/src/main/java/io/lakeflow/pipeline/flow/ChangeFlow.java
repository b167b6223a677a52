package io.lakeflow.pipeline.flow;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.pipeline.spec.ScdType;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * cdc and cdc_with_deletes tables: the change stream merged into the destination in
 * {@code foreachBatch} by {@link ChangeApplier} (the first load as one batch job applied the same
 * way, {@link InitialLoad}); then, for cdc_with_deletes, the delete stream ({@code isDeleteFlow=true}). Changes run first, so a row read as changed and deleted in the same
 * run ends deleted whatever the order of the two reads; sequences decide otherwise.
 */
final class ChangeFlow implements Flow {

    @Override
    public TableRunSummary run(SparkSession spark, TablePlan plan, Warehouse warehouse, PrintStream out) {
        long started = System.currentTimeMillis();
        boolean scd2 = plan.scdType() == ScdType.SCD_TYPE_2;
        boolean withDeletes = plan.type() == IngestionType.CDC_WITH_DELETES;
        String path = warehouse.tablePath(plan.spec());
        boolean created = DestinationTable.ensure(spark, path, plan.name(),
                ChangeApplier.destinationSchema(plan.schema(), plan.sequenceBy(), scd2));
        String tombstones = null;
        if (withDeletes) {
            tombstones = warehouse.tombstonesPath(plan.spec());
            DestinationTable.ensure(spark, tombstones, plan.name() + " (tombstones)",
                    ChangeApplier.tombstoneSchema(plan.schema(), plan.keys(), plan.sequenceBy()));
        }
        ChangeApplier applier = new ChangeApplier(spark, plan.keys(), plan.sequenceBy(), scd2,
                List.of(plan.schema().fieldNames()), path, tombstones);
        if (created) {
            applier.destinationCreated();
        }
        long version = DeltaChanges.version(spark, path);
        StreamRunner.Totals totals = flow(spark, plan, warehouse, out, applier, false, scd2);
        if (withDeletes) {
            totals = totals.plus(flow(spark, plan, warehouse, out, applier, true, scd2));
        }
        DeltaChanges.Counts c = DeltaChanges.since(spark, path, version);
        return new TableRunSummary(plan.name(), c.inserted(), c.updated(), c.deleted(), totals.batches(),
                totals.records(), System.currentTimeMillis() - started, null);
    }

    /** The changes (or deletes): the initial load, if due, then the stream. */
    private static StreamRunner.Totals flow(SparkSession spark, TablePlan plan, Warehouse warehouse, PrintStream out,
                                            ChangeApplier applier, boolean deletes, boolean scd2) {
        String flow = deletes ? "deletes" : "changes";
        String name = plan.name() + " " + flow;
        String checkpoint = warehouse.checkpoint(plan.spec(), flow);
        // No emptiness check here: on a drain that is not cached it would read the source's first page twice.
        InitialLoad.Loaded loaded = InitialLoad.run(spark, plan, deletes, checkpoint,
                warehouse.initialLoadRecord(plan.spec(), flow), name, rows -> apply(applier, rows, deletes, scd2, false),
                out);
        if (loaded.exhausted()) {
            return loaded.totals();
        }
        return StreamRunner.run(StreamRunner.read(spark, plan, deletes, loaded.streamOptions()), name, checkpoint,
                w -> w.foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) -> apply(applier, batch, deletes,
                        scd2, true))).plus(loaded.totals());
    }

    /**
     * Applies one micro-batch (or the initial load's rows). An SCD1 upsert is one MERGE, whose source Delta materialises itself
     * ({@code spark.databricks.delta.merge.materializeSource=auto} does for a non-Delta source),
     * so its batch is not cached here as well. Deletes (two MERGEs) and SCD2 histories (a query
     * that reads the batch twice) would read the source again, so their batch is cached.
     */
    private static void apply(ChangeApplier applier, Dataset<Row> batch, boolean deletes, boolean scd2,
                              boolean skipEmpty) {
        boolean cache = deletes || scd2;
        if (cache) {
            batch.persist();
        }
        try {
            if (skipEmpty && batch.isEmpty()) {
                return;
            }
            if (deletes) {
                applier.deletes(batch);
            } else {
                applier.upserts(batch);
            }
        } finally {
            if (cache) {
                batch.unpersist();
            }
        }
    }
}
