package io.lakeflow.pipeline.source;

import io.lakeflow.connect.Offset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Where a batch read's offset-loop drain stopped, reported back to the driver: the pipeline opens
 * a report, passes its id as the read option {@code drainReport}, runs the job, then closes the
 * report to learn the drain's end offset and record count. The drain reports through a Spark
 * accumulator, so only a task attempt that succeeded counts, on one machine or on a cluster.
 */
public final class DrainReports {

    /**
     * Where a drain stopped.
     *
     * @param end       the offset to read on from
     * @param records   the records it read
     * @param exhausted whether it stopped because the offset stopped moving (not at its cap)
     */
    public record Report(Offset end, long records, boolean exhausted) {
    }

    private static final Map<String, CollectionAccumulator<String>> OPEN = new ConcurrentHashMap<>();

    private DrainReports() {
    }

    /** Opens a report on this driver; returns its id, for the option {@code drainReport}. */
    public static String open(SparkContext spark) {
        String id = UUID.randomUUID().toString();
        OPEN.put(id, spark.collectionAccumulator("lakeflow drain " + id));
        return id;
    }

    /** The accumulator of an open report, for the partition that drains. */
    static CollectionAccumulator<String> accumulator(String id) {
        CollectionAccumulator<String> accumulator = OPEN.get(id);
        if (accumulator == null) {
            throw new IllegalArgumentException("Option 'drainReport' names no report opened on this driver ('" + id
                    + "'). It is set by the pipeline, which opens the report first. Fix: remove the option.");
        }
        return accumulator;
    }

    /** What the drain of a finished job reported, or {@code null} when no drain finished; forgets the report. */
    public static Report close(String id) {
        CollectionAccumulator<String> accumulator = OPEN.remove(id);
        if (accumulator == null) {
            return null;
        }
        List<String> values = accumulator.value();
        if (values.isEmpty()) {
            return null;
        }
        // Every successful attempt drained the same records (the connector contract); take the last.
        String last = values.get(values.size() - 1);
        String[] parts = last.split(" ", 3);
        return new Report(Offset.fromJson(parts[2]), Long.parseLong(parts[0]), Boolean.parseBoolean(parts[1]));
    }

    /** The value a drain adds: its record count, whether it was exhausted, and its end offset. */
    static String value(long records, boolean exhausted, Offset end) {
        return records + " " + exhausted + " " + end.toJson();
    }
}
