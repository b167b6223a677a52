package io.lakeflow.pipeline.source;

import org.apache.spark.sql.connector.read.InputPartition;

/** A batch read of a whole table through the offset loop, drained on one executor. */
record DrainPartition(SourceOptions options) implements InputPartition {
}
