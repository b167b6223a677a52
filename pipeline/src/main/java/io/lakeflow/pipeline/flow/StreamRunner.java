package io.lakeflow.pipeline.flow;

import io.lakeflow.pipeline.source.LakeflowDataSource;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.sql.streaming.Trigger;

/**
 * Runs one streaming flow to the end of the currently available data ({@code Trigger.AvailableNow})
 * from its checkpoint, and reports its batches and records.
 */
final class StreamRunner {

    /** Batches (with data) and records of one run of a flow. */
    record Totals(long batches, long records) {
        Totals plus(Totals other) {
            return new Totals(batches + other.batches, records + other.records);
        }
    }

    private StreamRunner() {
    }

    /** The {@code lakeflow_connect} stream of the plan's table (or its deletes), with {@code more} options. */
    static Dataset<Row> read(SparkSession spark, TablePlan plan, boolean deletes, Map<String, String> more) {
        return spark.readStream().format(LakeflowDataSource.FORMAT).options(plan.readOptions()).options(more)
                .option("isDeleteFlow", String.valueOf(deletes)).load();
    }

    /**
     * Starts the flow, waits for it, and returns its totals.
     *
     * @param sink configures the writer (format, foreachBatch, ...)
     */
    static Totals run(Dataset<Row> stream, String name, String checkpoint,
                      Function<DataStreamWriter<Row>, DataStreamWriter<Row>> sink) {
        StreamingQuery query;
        try {
            query = sink.apply(stream.writeStream().queryName(name).option("checkpointLocation", checkpoint)
                    .trigger(Trigger.AvailableNow())).start();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Flow " + name + " did not start: " + e.getMessage(), e);
        }
        try {
            query.awaitTermination();
        } catch (StreamingQueryException e) {
            throw new FlowFailedException(name, e.cause() != null ? e.cause() : e);
        }
        long batches = 0;
        long records = 0;
        for (StreamingQueryProgress p : query.recentProgress()) {
            if (p.numInputRows() > 0) {
                batches++;
                records += p.numInputRows();
            }
        }
        return new Totals(batches, records);
    }
}
