package io.lakeflow.pipeline.flow;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.lakeflow.pipeline.source.LakeflowDataSource;
import io.lakeflow.pipeline.spec.ScdType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Snapshot tables: the whole table is read (batch), then applied in one atomic MERGE. SCD type 1:
 * the destination becomes equal to the snapshot (new keys inserted, changed rows updated, keys
 * missing from the snapshot deleted). SCD type 2: changed and removed keys get their current
 * version closed ({@code __END_AT} = the run's timestamp) and changed and new keys a new version
 * ({@code __START_AT} = that timestamp). A crash before the MERGE commits leaves the destination
 * as it was; the next run reads a fresh snapshot.
 */
final class SnapshotFlow implements Flow {

    @Override
    public TableRunSummary run(SparkSession spark, TablePlan plan, Warehouse warehouse, PrintStream out) {
        long started = System.currentTimeMillis();
        boolean scd2 = plan.scdType() == ScdType.SCD_TYPE_2;
        String path = warehouse.tablePath(plan.spec());
        Dataset<Row> snapshot = spark.read().format(LakeflowDataSource.FORMAT).options(plan.readOptions()).load()
                .localCheckpoint();
        long records = snapshot.count();
        checkKeys(snapshot, plan);
        StructType destination = scd2
                ? plan.schema().add(ChangeApplier.START_AT, DataTypes.TimestampType, true)
                        .add(ChangeApplier.END_AT, DataTypes.TimestampType, true)
                : plan.schema();
        DestinationTable.ensure(spark, path, plan.name(), destination);
        long version = DeltaChanges.version(spark, path);
        List<String> columns = List.of(plan.schema().fieldNames());
        String changed = "NOT (" + json("t", columns) + " <=> " + json("s", columns) + ")";
        String keysEqual = Sql.keysEqual(plan.keys(), "t", "s");
        Map<String, String> set = new LinkedHashMap<>();
        columns.forEach(c -> set.put(Sql.quote(c), Sql.col("s", c)));
        if (!scd2) {
            DeltaTable.forPath(spark, path).as("t").merge(snapshot.as("s"), keysEqual)
                    .whenMatched(changed).updateExpr(set)
                    .whenNotMatched().insertExpr(set)
                    .whenNotMatchedBySource().delete()
                    .execute();
        } else {
            String now = "timestamp_micros(" + (System.currentTimeMillis() * 1000) + "L)";
            String current = "t." + ChangeApplier.END_AT + " IS NULL";
            Dataset<Row> currentRows = DeltaTable.forPath(spark, path).toDF().filter(ChangeApplier.END_AT + " IS NULL");
            Dataset<Row> copies = snapshot.as("s").join(currentRows.as("t"),
                            org.apache.spark.sql.functions.expr(keysEqual + " AND " + changed), "left_semi")
                    .withColumn("__copy", lit(true));
            Dataset<Row> staged = snapshot.withColumn("__copy", lit(false)).unionByName(copies);
            Map<String, String> insert = new LinkedHashMap<>(set);
            insert.put(ChangeApplier.START_AT, now);
            insert.put(ChangeApplier.END_AT, "CAST(NULL AS TIMESTAMP)");
            DeltaTable.forPath(spark, path).as("t")
                    .merge(staged.as("s"), keysEqual + " AND " + current + " AND NOT s.__copy")
                    .whenMatched(changed).updateExpr(Map.of(ChangeApplier.END_AT, now))
                    .whenNotMatched().insertExpr(insert)
                    .whenNotMatchedBySource(current).updateExpr(Map.of(ChangeApplier.END_AT, now))
                    .execute();
        }
        DeltaChanges.Counts c = DeltaChanges.since(spark, path, version);
        return new TableRunSummary(plan.name(), c.inserted(), c.updated(), c.deleted(), 1, records,
                System.currentTimeMillis() - started, null);
    }

    private static String json(String alias, List<String> columns) {
        return "to_json(named_struct(" + columns.stream().map(c -> "'" + c.replace("'", "\\'") + "', "
                + Sql.col(alias, c)).collect(Collectors.joining(", ")) + "))";
    }

    /** Rejects null or duplicate keys: a snapshot must name each row once. */
    private static void checkKeys(Dataset<Row> snapshot, TablePlan plan) {
        List<Column> keys = new ArrayList<>();
        plan.keys().forEach(k -> keys.add(col(k)));
        String anyNull = plan.keys().stream().map(k -> Sql.quote(k) + " IS NULL").collect(Collectors.joining(" OR "));
        long nulls = snapshot.filter(anyNull).count();
        if (nulls > 0) {
            throw new IllegalStateException("Snapshot of '" + plan.spec().sourceTable() + "' has " + nulls
                    + " rows with a null primary key " + plan.keys() + "; nothing was written. Fix: the connector "
                    + "must return the keys in every row, or set primary_keys to columns that are never null.");
        }
        List<Row> duplicates = snapshot.groupBy(keys.toArray(Column[]::new)).count().filter("count > 1").limit(5)
                .collectAsList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Snapshot of '" + plan.spec().sourceTable() + "' has several rows for "
                    + "the same primary key " + plan.keys() + " (e.g. " + duplicates.stream()
                    .map(r -> r.toString()).collect(Collectors.joining(", ")) + "); nothing was written. Fix: set "
                    + "primary_keys to columns that identify one row.");
        }
    }
}
