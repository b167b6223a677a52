package io.lakeflow.connect;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Optional capability: a batch read of a table split into partitions that can be read in
 * parallel, on different machines.
 *
 * <p>The framework calls {@link #getPartitions} once on the driver, serialises each descriptor as
 * JSON, and calls {@link #readPartition} for each, possibly on another instance in another
 * process. The union of the partitions' records is the whole table, without duplicates.
 */
public interface SupportsPartition {

    /**
     * Splits a batch read of {@code tableName} into partitions. Each descriptor is a JSON-like
     * map (the same value types as {@link Offset}); an equal list is returned on every call while
     * the source is unchanged. A table may return a single partition.
     *
     * @throws IllegalArgumentException eagerly, for an unknown table
     */
    List<Map<String, Object>> getPartitions(String tableName, Map<String, String> tableOptions);

    /**
     * Reads the records of one partition returned by {@link #getPartitions} (or by
     * {@link SupportsPartitionedStream#getPartitions(String, Map, Offset, Offset)}).
     *
     * @param partition a descriptor after a JSON round trip: numbers may come back as another
     *                  {@code Number} type than they were written with
     */
    Iterator<Map<String, Object>> readPartition(String tableName, Map<String, Object> partition,
                                                Map<String, String> tableOptions);
}
