package io.lakeflow.pipeline.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.SupportsPartition;
import io.lakeflow.connect.SupportsPartitionedStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A batch read: a special table's rows computed on the driver; a {@link SupportsPartition}
 * connector's partitions read in parallel; otherwise one task that drains the offset loop
 * (calls the read again with each returned offset until it stops moving, or until
 * {@code maxRecordsPerDrain} records), and with {@code drainReport} tells the driver where it
 * stopped.
 */
final class BatchRead implements Batch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceOptions options;
    private final StructType schema;

    BatchRead(SourceOptions options, StructType schema) {
        this.options = options;
        this.schema = schema;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        try (LakeflowConnect connector = options.openConnector()) {
            SpecialTable special = options.specialTable();
            if (special != null) {
                return new InputPartition[] {RowsPartition.of(schema, special.rows(connector, options))};
            }
            // A drain that reports where it stopped is the offset loop even for a partitioned table.
            if (!options.deleteFlow() && options.drainReport() == null && usesPartitions(connector)) {
                List<Map<String, Object>> descriptors = ((SupportsPartition) connector)
                        .getPartitions(options.tableName(), options.tableOptions());
                List<InputPartition> partitions = new ArrayList<>();
                for (Map<String, Object> d : descriptors) {
                    partitions.add(new DescriptorPartition(options, toJson(d)));
                }
                return partitions.toArray(InputPartition[]::new);
            }
            return new InputPartition[] {new DrainPartition(options)};
        }
    }

    private boolean usesPartitions(LakeflowConnect connector) {
        if (connector instanceof SupportsPartitionedStream stream) {
            return stream.isPartitioned(options.tableName());
        }
        return connector instanceof SupportsPartition;
    }

    private String toJson(Map<String, Object> descriptor) {
        try {
            return JSON.writeValueAsString(descriptor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(RecordReaderFactory.where(options) + ": a partition descriptor is not "
                    + "JSON-serialisable (" + e.getOriginalMessage() + "). Fix: use only String, Number, Boolean, "
                    + "List and Map values in descriptors.", e);
        }
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        // The report's accumulator travels in the factory, not the partition: Spark deserialises a
        // task's partition before the task's context exists, and an accumulator registers with it then.
        return new RecordReaderFactory(schema,
                options.drainReport() == null ? null : DrainReports.accumulator(options.drainReport()));
    }
}
