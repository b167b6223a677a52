package io.lakeflow.pipeline.flow;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Creates a destination Delta table, or brings an existing one in line with the source's schema:
 * a column the connector added is added to the destination (nullable; earlier rows hold null); a
 * column the connector dropped stays in the destination and is null in new rows; a column whose type
 * changed is an error asking for a full refresh.
 */
final class DestinationTable {

    private DestinationTable() {
    }

    /**
     * @param columns   the destination's columns (source columns plus the pipeline's own)
     * @return whether the table was created (it is then empty)
     */
    static boolean ensure(SparkSession spark, String path, String name, StructType columns) {
        // Tables are created and evolved by (empty) path-based writes: Delta's catalog code path
        // (CREATE TABLE, ALTER TABLE) is not binary-compatible with this Spark version.
        if (!DeltaTable.isDeltaTable(spark, path)) {
            // No clustering: a path write ignores it, and the catalog path cannot create it (see
            // TablePlan.warnings).
            empty(spark, columns.asNullable()).write().format("delta").mode("append").save(path);
            return true;
        }
        StructType existing = DeltaTable.forPath(spark, path).toDF().schema();
        boolean added = false;
        for (StructField f : columns.fields()) {
            int i = existing.getFieldIndex(f.name()).isDefined() ? existing.fieldIndex(f.name()) : -1;
            if (i < 0) {
                added = true;
            } else if (!existing.fields()[i].dataType().catalogString().equals(f.dataType().catalogString())) {
                throw new IllegalStateException("Destination " + name + ": column '" + f.name() + "' is "
                        + existing.fields()[i].dataType().simpleString() + " in the Delta table at " + path
                        + ", but the connector now declares " + f.dataType().simpleString() + ". Nothing was written. "
                        + "Fix: run with --full-refresh " + name + " to rebuild the table with the new type.");
            }
        }
        if (added) {
            empty(spark, columns.asNullable()).write().format("delta").mode("append").option("mergeSchema", "true")
                    .save(path);
        }
        return false;
    }

    private static Dataset<Row> empty(SparkSession spark, StructType schema) {
        return spark.createDataFrame(new ArrayList<Row>(), schema);
    }
}
