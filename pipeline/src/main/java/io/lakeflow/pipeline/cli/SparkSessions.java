package io.lakeflow.pipeline.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the pipeline runs in: under {@code spark-submit} the cluster's (with Delta
 * configured if it is not yet); otherwise an embedded {@code local[*]} session whose Spark SQL
 * warehouse lives in the pipeline's warehouse folder.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** Whether a master was given from outside (spark-submit sets {@code spark.master}). */
    public static boolean submitted() {
        return new SparkConf().contains("spark.master");
    }

    /**
     * The session for a run.
     *
     * @param warehouse the pipeline's warehouse folder (the embedded SQL warehouse goes under it)
     * @param master    the master for an embedded session, e.g. {@code local[*]}; ignored under spark-submit
     */
    public static SparkSession create(String warehouse, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("lakeflow-pipeline")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.streaming.numRecentProgressUpdates", "100000")
                .config("spark.sql.redaction.options.regex", "(?i)secret|password|token|key|credential|auth|url");
        if (!submitted()) {
            builder = builder.master(master)
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.warehouse.dir", warehouse + "/_spark-sql")
                    .config("spark.databricks.delta.snapshotPartitions", "2");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
