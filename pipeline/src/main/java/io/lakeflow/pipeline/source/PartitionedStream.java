package io.lakeflow.pipeline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.types.StructType;

/**
 * A micro-batch stream of a {@link SupportsPartitionedStream} table: the connector names each
 * batch's end offset and splits the batch into partitions read in parallel on executors. A replay
 * after a crash asks for the same partitions between the same two offsets, so it reads the same
 * records.
 */
final class PartitionedStream extends LakeflowMicroBatchStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceOptions options;
    private final StructType schema;
    private LakeflowConnect connector;

    PartitionedStream(SourceOptions options, StructType schema) {
        super(options);
        this.options = options;
        this.schema = schema;
    }

    private SupportsPartitionedStream connector() {
        if (connector == null) {
            connector = options.openConnector();
        }
        return (SupportsPartitionedStream) connector;
    }

    private static Offset orNull(org.apache.spark.sql.connector.read.streaming.Offset offset) {
        Offset o = ((SparkOffset) offset).offset();
        return o.isEmpty() ? null : o;
    }

    @Override
    public synchronized org.apache.spark.sql.connector.read.streaming.Offset latestOffset(
            org.apache.spark.sql.connector.read.streaming.Offset startOffset, ReadLimit limit) {
        Offset start = orNull(startOffset);
        Offset latest = connector().latestOffset(options.tableName(), options.tableOptions(), start);
        if (latest == null || latest.isEmpty()) {
            throw new IllegalStateException(RecordReaderFactory.where(options) + ": latestOffset returned "
                    + (latest == null ? "null" : "an empty offset") + " from " + start + ". Fix: return the start "
                    + "offset when nothing new is available, never null or {}.");
        }
        return SparkOffset.of(latest);
    }

    @Override
    public synchronized InputPartition[] planInputPartitions(
            org.apache.spark.sql.connector.read.streaming.Offset start,
            org.apache.spark.sql.connector.read.streaming.Offset end) {
        List<Map<String, Object>> descriptors = connector().getPartitions(options.tableName(), options.tableOptions(),
                orNull(start), orNull(end));
        List<InputPartition> partitions = new ArrayList<>();
        for (Map<String, Object> d : descriptors) {
            try {
                partitions.add(new DescriptorPartition(options, JSON.writeValueAsString(d)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(RecordReaderFactory.where(options) + ": a partition descriptor is "
                        + "not JSON-serialisable (" + e.getOriginalMessage() + ").", e);
            }
        }
        return partitions.toArray(InputPartition[]::new);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new RecordReaderFactory(schema);
    }

    @Override
    public void commit(org.apache.spark.sql.connector.read.streaming.Offset end) {
    }

    @Override
    public synchronized void stop() {
        if (connector != null) {
            connector.close();
            connector = null;
        }
    }
}
