package io.lakeflow.connect;

import java.util.List;
import java.util.Map;

/**
 * Optional capability: incremental reads as micro-batches of parallel partitions, for the tables
 * for which {@link #isPartitioned} is true. Other tables use the ordinary offset loop.
 *
 * <p>For each micro-batch the framework asks for {@link #latestOffset} (the end of the batch),
 * then for the partitions between the previous end and the new one, and reads them with
 * {@link SupportsPartition#readPartition}. A stream is caught up when {@code latestOffset}
 * returns its start offset.
 */
public interface SupportsPartitionedStream extends SupportsPartition {

    /** Whether {@code tableName} is read through partitions rather than the offset loop. */
    boolean isPartitioned(String tableName);

    /**
     * The offset up to which data is available now, starting from {@code startOffset}
     * ({@code null} for a table never read). Never {@code null} and never {@link Offset#empty()};
     * returns {@code startOffset} when nothing new is available. A connector may cap the distance
     * from {@code startOffset} to bound a micro-batch.
     */
    Offset latestOffset(String tableName, Map<String, String> tableOptions, Offset startOffset);

    /**
     * Partitions covering exactly the records after {@code startOffset} ({@code null}: from the
     * beginning) up to and including {@code endOffset}; empty when the two are equal.
     */
    List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions,
                                            Offset startOffset, Offset endOffset);
}
