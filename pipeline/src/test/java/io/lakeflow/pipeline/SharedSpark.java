package io.lakeflow.pipeline;

import io.lakeflow.pipeline.cli.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of the test JVM (Spark local[2] with Delta), created on first use. */
public final class SharedSpark {

    private static SparkSession spark;
    private static Path root;

    private SharedSpark() {
    }

    /** The session. */
    public static synchronized SparkSession get() {
        if (spark == null) {
            try {
                root = Files.createTempDirectory("lakeflow-spark");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spark = SparkSessions.create(root.toString(), "local[2]");
            spark.conf().set("spark.sql.shuffle.partitions", "2");
        }
        return spark;
    }
}
