package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.SupportsPartitionedStream;

/** The first drain the reading checks share the shape of, and which tables they apply to. */
final class ReadPath {

    private ReadPath() {
    }

    /**
     * Skips the check for tables read through partitions ({@link SupportsPartitionedStream#isPartitioned}),
     * which {@code partitioned_stream} covers instead.
     */
    static void requireOffsetLoop(CheckContext context, LakeflowConnect connector) {
        if (connector instanceof SupportsPartitionedStream stream && stream.isPartitioned(context.table())) {
            throw context.skip("read through partitions (isPartitioned), not the offset loop: see partitioned_stream");
        }
    }

    /** A drain from the start with a fresh instance, at most {@code sampleSize} records and {@code maxBatches} calls. */
    static Drain sample(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        requireOffsetLoop(context, connector);
        int sample = context.settings().sampleSize();
        return Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(), context.settings().maxBatches(), sample, sample);
    }
}
