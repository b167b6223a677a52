package io.lakeflow.pipeline.source;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * A slice of an offset-loop micro-batch, read on the driver and shipped to executors as a Spark
 * broadcast variable rather than inside the task: a task stays a few hundred bytes whatever the
 * slice's size, an executor fetches the block once through Spark's block manager (in local mode it
 * gets the driver's object, without a copy), and the stream destroys the broadcast once the batch
 * is committed.
 *
 * @param rows the slice's rows
 */
record BroadcastRowsPartition(Broadcast<RowBlock> rows) implements InputPartition {
}
