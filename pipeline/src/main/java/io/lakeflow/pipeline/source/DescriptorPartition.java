package io.lakeflow.pipeline.source;

import org.apache.spark.sql.connector.read.InputPartition;

/** One connector partition (its descriptor as JSON), read with {@code readPartition} on an executor. */
record DescriptorPartition(SourceOptions options, String descriptorJson) implements InputPartition {
}
