package io.lakeflow.pipeline.flow;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;

/**
 * Applies change batches (upserts, or deletes) of a cdc table to its Delta destination, by key,
 * ordered by the sequence column. Every operation is idempotent, so a micro-batch replayed after
 * a crash leaves the destination as one application would.
 *
 * <ul>
 *   <li><b>SCD type 1</b>: within a batch the change with the highest sequence wins (ties: the
 *       later read); a change older than the destination row's is ignored; a delete removes the row
 *       when it is not older than the row. Deletes are also kept as tombstones (keys, sequence) so
 *       that a change arriving later with an older sequence does not bring a deleted row back.</li>
 *   <li><b>SCD type 2</b>: each distinct (key, sequence) change is a version with {@code __START_AT}
 *       = its sequence and {@code __END_AT} = the next change's sequence (null while current); a
 *       delete closes the current version. A late change is inserted into the history at its place:
 *       the key's history is recomputed from its stored versions, its tombstones and the batch,
 *       and merged back by (key, {@code __START_AT}).</li>
 * </ul>
 */
public final class ChangeApplier {

    static final String START_AT = "__START_AT";
    static final String END_AT = "__END_AT";
    static final String TOMBSTONE_SEQUENCE = "__sequence";
    private static final String SEQ = "__seq";
    private static final String DELETED = "__deleted";
    private static final String ORIGIN = "__origin";
    private static final String ARRIVAL = "__arrival";

    private final SparkSession spark;
    private final List<String> keys;
    private final String sequence;
    private final boolean scd2;
    private final List<String> columns;
    private final String target;
    private final String tombstones;
    /** Whether the destination holds no data: null until known (asked once, then kept up to date). */
    private Boolean empty;

    /**
     * @param spark      the session
     * @param keys       the primary key columns
     * @param sequence   the column that orders changes ({@code sequence_by})
     * @param scd2       whether the destination keeps history (SCD type 2)
     * @param columns    the source's columns (the data written)
     * @param target     the destination Delta table's path
     * @param tombstones the tombstone table's path, or {@code null} for a table without deletes
     */
    public ChangeApplier(SparkSession spark, List<String> keys, String sequence, boolean scd2, List<String> columns,
                         String target, String tombstones) {
        this.spark = spark;
        this.keys = keys;
        this.sequence = sequence;
        this.scd2 = scd2;
        this.columns = columns;
        this.target = target;
        this.tombstones = tombstones;
    }

    /** The destination's columns for a source schema. */
    public static StructType destinationSchema(StructType source, String sequence, boolean scd2) {
        if (!scd2) {
            return source;
        }
        return source.add(START_AT, source.apply(sequence).dataType(), true)
                .add(END_AT, source.apply(sequence).dataType(), true);
    }

    /** The tombstone table's columns: the keys and {@code __sequence}. */
    static StructType tombstoneSchema(StructType source, List<String> keys, String sequence) {
        StructType s = new StructType();
        for (String k : keys) {
            s = s.add(k, source.apply(k).dataType(), true);
        }
        return s.add(TOMBSTONE_SEQUENCE, source.apply(sequence).dataType(), true);
    }

    /** Applies a batch of changed rows. */
    public void upserts(Dataset<Row> batch) {
        Dataset<Row> changes = batch.withColumn(ARRIVAL, monotonically_increasing_id());
        if (scd2) {
            history(changes.withColumn(SEQ, col(sequence)).withColumn(DELETED, lit(false)));
            return;
        }
        Dataset<Row> latest = latestPerKey(changes);
        if (tombstones != null) {
            latest = latest.as("s").join(DeltaTable.forPath(spark, tombstones).toDF().as("d"),
                    org.apache.spark.sql.functions.expr(Sql.keysEqual(keys, "s", "d") + " AND d."
                            + TOMBSTONE_SEQUENCE + " >= s." + Sql.quote(sequence)), "left_anti");
        }
        if (destinationEmpty()) {
            append(latest.select(columns.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)));
            return;
        }
        Map<String, String> set = assignments(columns, "s");
        DeltaTable.forPath(spark, target).as("t").merge(latest.as("s"), Sql.keysEqual(keys, "t", "s"))
                .whenMatched(Sql.col("t", sequence) + " IS NULL OR " + Sql.col("s", sequence) + " >= "
                        + Sql.col("t", sequence))
                .updateExpr(set)
                .whenNotMatched().insertExpr(set)
                .execute();
    }

    /** Applies a batch of deletes (records carrying at least the keys and the sequence). */
    void deletes(Dataset<Row> batch) {
        List<Column> keyAndSeq = new ArrayList<>();
        keys.forEach(k -> keyAndSeq.add(col(k)));
        Dataset<Row> events = batch.select(concat(keyAndSeq, col(sequence).as(TOMBSTONE_SEQUENCE))).distinct();
        Map<String, String> insert = assignments(tombstoneColumns(), "s");
        DeltaTable.forPath(spark, tombstones).as("d").merge(events.as("s"), Sql.keysEqual(keys, "d", "s")
                        + " AND d." + TOMBSTONE_SEQUENCE + " <=> s." + TOMBSTONE_SEQUENCE)
                .whenNotMatched().insertExpr(insert).execute();
        if (scd2) {
            history(batch.withColumn(ARRIVAL, monotonically_increasing_id()).withColumn(SEQ, col(sequence))
                    .withColumn(DELETED, lit(true)));
            return;
        }
        Dataset<Row> latest = latestPerKey(batch.withColumn(ARRIVAL, monotonically_increasing_id()));
        DeltaTable.forPath(spark, target).as("t").merge(latest.as("s"), Sql.keysEqual(keys, "t", "s"))
                .whenMatched(Sql.col("t", sequence) + " IS NULL OR " + Sql.col("s", sequence) + " >= "
                        + Sql.col("t", sequence))
                .delete()
                .execute();
    }

    private List<String> tombstoneColumns() {
        List<String> c = new ArrayList<>(keys);
        c.add(TOMBSTONE_SEQUENCE);
        return c;
    }

    private Dataset<Row> latestPerKey(Dataset<Row> changes) {
        WindowSpec w = Window.partitionBy(keyColumns()).orderBy(col(sequence).desc_nulls_last(), col(ARRIVAL).desc());
        return changes.withColumn("__rank", row_number().over(w)).filter("__rank = 1").drop("__rank", ARRIVAL);
    }

    /** SCD2: recomputes the affected keys' histories and merges them back by (key, __START_AT). */
    private void history(Dataset<Row> fresh) {
        Column[] keyCols = keyColumns();
        Dataset<Row> affected = fresh.select(keyCols).distinct();
        DeltaTable destination = DeltaTable.forPath(spark, target);
        List<Column> data = new ArrayList<>();
        columns.forEach(c -> data.add(col(c)));
        Dataset<Row> stored = destination.toDF().join(affected, seq(keys), "left_semi")
                .select(concat(data, col(START_AT).as(SEQ), lit(false).as(DELETED), lit(1).as(ORIGIN),
                        lit(-1L).as(ARRIVAL)));
        Dataset<Row> all = fresh.withColumn(ORIGIN, lit(0)).unionByName(stored, true);
        if (tombstones != null) {
            List<Column> keyList = new ArrayList<>();
            keys.forEach(k -> keyList.add(col(k)));
            Dataset<Row> markers = DeltaTable.forPath(spark, tombstones).toDF().join(affected, seq(keys), "left_semi")
                    .select(concat(keyList, col(TOMBSTONE_SEQUENCE).as(SEQ), lit(true).as(DELETED), lit(1).as(ORIGIN),
                            lit(-1L).as(ARRIVAL)));
            all = all.unionByName(markers, true);
        }
        // One event per (key, sequence): a delete over a change, a stored version over a new one (so
        // a replayed batch changes nothing), else the latest read.
        WindowSpec perEvent = Window.partitionBy(concat(List.of(keyCols), col(SEQ)))
                .orderBy(col(DELETED).desc(), col(ORIGIN).desc(), col(ARRIVAL).desc());
        WindowSpec perKey = Window.partitionBy(keyCols).orderBy(col(SEQ).asc_nulls_first());
        Dataset<Row> versions = all.withColumn("__rank", row_number().over(perEvent)).filter("__rank = 1")
                .withColumn(END_AT, lead(col(SEQ), 1).over(perKey))
                .filter(col(DELETED).equalTo(false))
                .select(concat(data, col(SEQ).as(START_AT), col(END_AT)));
        if (destinationEmpty()) {
            append(versions);
            return;
        }
        List<String> all2 = new ArrayList<>(columns);
        all2.add(START_AT);
        all2.add(END_AT);
        destination.as("t").merge(versions.as("s"), Sql.keysEqual(keys, "t", "s") + " AND t." + START_AT
                        + " <=> s." + START_AT)
                .whenMatched("NOT (t." + END_AT + " <=> s." + END_AT + ")")
                .updateExpr(Map.of(END_AT, "s." + END_AT))
                .whenNotMatched().insertExpr(assignments(all2, "s"))
                .execute();
    }

    /** Tells the applier that its destination was just created, so it need not ask the table. */
    void destinationCreated() {
        empty = true;
    }

    /**
     * Whether the destination holds no data file, so that a MERGE would only insert: the changes
     * are then appended, which writes the same rows without the MERGE's passes over the source
     * (materialising it, joining it with the destination). Asked of the table once (unless it was
     * just created); after a write, or once it held data, the answer is no. A replayed first load
     * finds the data of the first attempt and merges, idempotently.
     */
    private boolean destinationEmpty() {
        if (empty == null) {
            // The snapshot's files (listing them may take a few small Spark jobs, once per run;
            // DeltaTable.detail(), which reads the count, does not link with this Spark).
            empty = DeltaTable.forPath(spark, target).toDF().inputFiles().length == 0;
        }
        return empty;
    }

    private void append(Dataset<Row> rows) {
        empty = false;
        rows.write().format("delta").mode("append").save(target);
    }

    private Column[] keyColumns() {
        return keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static scala.collection.immutable.Seq<String> seq(List<String> names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
    }

    private static Column[] concat(List<Column> first, Column... more) {
        List<Column> out = new ArrayList<>(first);
        out.addAll(List.of(more));
        return out.toArray(Column[]::new);
    }

    private static Map<String, String> assignments(List<String> names, String alias) {
        Map<String, String> m = new LinkedHashMap<>();
        names.forEach(n -> m.put(Sql.quote(n), Sql.col(alias, n)));
        return m;
    }
}
