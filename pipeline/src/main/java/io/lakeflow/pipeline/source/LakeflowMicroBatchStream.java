package io.lakeflow.pipeline.source;

import io.lakeflow.connect.Offset;
import org.apache.spark.sql.connector.read.streaming.MicroBatchStream;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.connector.read.streaming.SupportsTriggerAvailableNow;

/**
 * What the two micro-batch streams of {@code lakeflow_connect} share: offsets are the connector's
 * {@link Offset}s (checkpointed by Spark as their canonical JSON, starting at {@code {}} or at
 * {@code startingOffset}), every
 * micro-batch reads all that is available, and {@code Trigger.AvailableNow} needs no pinning
 * because each connector caps a run at a high-water mark it takes itself.
 */
abstract class LakeflowMicroBatchStream implements MicroBatchStream, SupportsTriggerAvailableNow {

    private final Offset initial;

    /** @param options the read's options ({@code startingOffset}: where a fresh checkpoint starts) */
    LakeflowMicroBatchStream(SourceOptions options) {
        this.initial = options.startingOffset();
    }

    /** The beginning ({@code {}}), or {@code startingOffset}: Spark asks only when the checkpoint has no offset. */
    @Override
    public final org.apache.spark.sql.connector.read.streaming.Offset initialOffset() {
        return SparkOffset.of(initial);
    }

    @Override
    public final org.apache.spark.sql.connector.read.streaming.Offset deserializeOffset(String json) {
        return SparkOffset.fromJson(json);
    }

    @Override
    public final ReadLimit getDefaultReadLimit() {
        return ReadLimit.allAvailable();
    }

    @Override
    public final void prepareForTriggerAvailableNow() {
        // Nothing to pin: the connector caps each run at a high-water mark taken at its first read,
        // and the stream ends when the offset stops moving.
    }

    /** Spark calls {@link #latestOffset(org.apache.spark.sql.connector.read.streaming.Offset, ReadLimit)} instead. */
    @Override
    public final org.apache.spark.sql.connector.read.streaming.Offset latestOffset() {
        throw new UnsupportedOperationException("latestOffset() without a start offset is not used by Spark for "
                + "this source");
    }
}
