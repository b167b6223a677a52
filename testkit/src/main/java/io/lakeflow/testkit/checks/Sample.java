package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;
import java.util.List;
import java.util.Map;

/**
 * The records a record-level check inspects: the first drain of the offset loop, or, for tables
 * read through partitions, the records of a batch partitioned read; at most {@code sampleSize}.
 *
 * @param records the records read
 * @param drain   the drain they came from, or {@code null} when they came from partitions
 */
record Sample(List<Map<String, Object>> records, Drain drain) {

    /** Reads the sample for the context's table with a fresh instance. */
    static Sample of(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        int size = context.settings().sampleSize();
        if (connector instanceof SupportsPartitionedStream stream && stream.isPartitioned(context.table())) {
            List<Map<String, Object>> partitions = stream.getPartitions(context.table(), context.tableOptions());
            PartitionReads.Result read = PartitionReads.read(context, stream, partitions == null ? List.of() : partitions, size);
            context.info("sampled through partitions (isPartitioned)");
            return new Sample(read.records(), null);
        }
        Drain drain = Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(), context.settings().maxBatches(), size, size);
        return new Sample(drain.records(), drain);
    }
}
