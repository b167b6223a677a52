package io.lakeflow.pipeline.flow;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Counts the rows a run inserted, updated and deleted, from the Delta log's operation metrics. */
final class DeltaChanges {

    /** Inserted, updated and deleted rows. */
    record Counts(long inserted, long updated, long deleted) {
    }

    private DeltaChanges() {
    }

    /** The table's current version. */
    static long version(SparkSession spark, String path) {
        List<Row> last = DeltaTable.forPath(spark, path).history(1).select("version").collectAsList();
        return last.isEmpty() ? -1 : last.get(0).getLong(0);
    }

    /** The changes of the commits after {@code sinceVersion}. */
    static Counts since(SparkSession spark, String path, long sinceVersion) {
        long inserted = 0;
        long updated = 0;
        long deleted = 0;
        List<Row> commits = DeltaTable.forPath(spark, path).history()
                .filter("version > " + sinceVersion).select("operation", "operationMetrics").collectAsList();
        for (Row commit : commits) {
            String op = commit.getString(0);
            Map<String, String> m = commit.getJavaMap(1);
            if (m == null) {
                continue;
            }
            if (op.equals("MERGE")) {
                inserted += number(m, "numTargetRowsInserted");
                updated += number(m, "numTargetRowsUpdated");
                deleted += number(m, "numTargetRowsDeleted");
            } else if (op.equals("STREAMING UPDATE") || op.equals("WRITE")) {
                inserted += number(m, "numOutputRows");
            } else if (op.equals("DELETE")) {
                deleted += number(m, "numDeletedRows");
            }
        }
        return new Counts(inserted, updated, deleted);
    }

    private static long number(Map<String, String> metrics, String name) {
        String v = metrics.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }
}
