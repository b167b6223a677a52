package io.lakeflow.pipeline.source;

import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.types.StructType;

/** Chooses how a table is read: batch, offset-loop stream, or partitioned stream. */
final class LakeflowScan implements Scan {

    private final SourceOptions options;
    private final StructType rows;
    private final StructType schema;

    /**
     * @param rows   the schema records are converted to
     * @param schema the schema reported to Spark (the same rows, possibly with fields made nullable)
     */
    LakeflowScan(SourceOptions options, StructType rows, StructType schema) {
        this.options = options;
        this.rows = rows;
        this.schema = schema;
    }

    @Override
    public StructType readSchema() {
        return schema;
    }

    @Override
    public String description() {
        return options.toString();
    }

    @Override
    public Batch toBatch() {
        return new BatchRead(options, rows);
    }

    @Override
    public MicroBatchStream toMicroBatchStream(String checkpointLocation) {
        if (options.specialTable() != null) {
            throw new UnsupportedOperationException(options.tableName() + " is a batch-only table. Fix: read it "
                    + "with spark.read(), not spark.readStream().");
        }
        return options.streamsPartitioned() ? new PartitionedStream(options, rows)
                : new OffsetLoopStream(options, rows);
    }
}
