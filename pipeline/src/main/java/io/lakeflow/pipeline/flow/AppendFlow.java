package io.lakeflow.pipeline.flow;

import org.apache.spark.sql.SparkSession;

/**
 * Append tables: a stream appended to the destination by Delta's streaming sink, which records
 * each micro-batch's id in the table's log, so a batch replayed after a crash is not written twice.
 */
final class AppendFlow implements Flow {

    @Override
    public TableRunSummary run(SparkSession spark, TablePlan plan, Warehouse warehouse) {
        long started = System.currentTimeMillis();
        String path = warehouse.tablePath(plan.spec());
        DestinationTable.ensure(spark, path, plan.name(), plan.schema());
        long version = DeltaChanges.version(spark, path);
        StreamRunner.Totals totals = StreamRunner.run(StreamRunner.read(spark, plan, false), plan.name() + " append",
                warehouse.checkpoint(plan.spec(), "append"),
                w -> w.format("delta").outputMode("append").option("path", path));
        DeltaChanges.Counts c = DeltaChanges.since(spark, path, version);
        return new TableRunSummary(plan.name(), c.inserted(), c.updated(), c.deleted(), totals.batches(),
                totals.records(), System.currentTimeMillis() - started, null);
    }
}
