package io.lakeflow.pipeline.flow;

import io.lakeflow.pipeline.spec.TableSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Where destination tables and the pipeline's state live: one folder (local, or any Hadoop file
 * system URI on a cluster). Destination {@code [catalog.]schema.table} is the Delta table at
 * {@code <root>/[catalog/]schema/table}; its streaming checkpoints and tombstones are under
 * {@code <root>/_lakeflow/<destination>/}.
 */
public final class Warehouse {

    private final String root;

    /** @param root the warehouse folder or URI */
    public Warehouse(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The warehouse folder. */
    public String root() {
        return root;
    }

    /** The Delta table's location. */
    public String tablePath(TableSpec t) {
        return root + "/" + (t.destinationCatalog() == null ? "" : t.destinationCatalog() + "/")
                + t.destinationSchema() + "/" + t.destinationTable();
    }

    /** The state folder of one destination. */
    public String statePath(TableSpec t) {
        return root + "/_lakeflow/" + t.destinationName();
    }

    /** The checkpoint of one streaming flow of a destination. */
    public String checkpoint(TableSpec t, String flow) {
        return statePath(t) + "/checkpoints/" + flow;
    }

    /** The record of one streaming flow's finished initial load ({@link InitialLoad}). */
    public String initialLoadRecord(TableSpec t, String flow) {
        return statePath(t) + "/initial-load/" + flow + ".json";
    }

    /** The Delta table of delete events of a destination (keys and sequence). */
    public String tombstonesPath(TableSpec t) {
        return statePath(t) + "/tombstones";
    }

    /** Deletes the destination table and its state, for a full refresh. */
    public void reset(SparkSession spark, TableSpec t) {
        delete(spark, tablePath(t));
        delete(spark, statePath(t));
    }

    private static void delete(SparkSession spark, String location) {
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + location + " for a full refresh", e);
        }
    }
}
