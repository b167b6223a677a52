package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;

/**
 * {@code read_terminates}: the offset loop from {@code Offset.empty()} reaches a call that returns
 * its start offset within {@code maxBatches} calls; {@code null} only for snapshot tables, and
 * only on the first call.
 */
public final class ReadTerminates implements ConformanceCheck {

    @Override
    public String id() {
        return "read_terminates";
    }

    @Override
    public String rule() {
        return "the offset loop converges (a call returns its start offset) within maxBatches calls";
    }

    @Override
    public void run(CheckContext context) {
        IngestionType type = context.metadata().ingestionType();
        LakeflowConnect connector = context.freshConnector();
        ReadPath.requireOffsetLoop(context, connector);
        int maxBatches = context.settings().maxBatches();
        Drain drain = Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(), maxBatches,
                context.settings().sampleSize(), Integer.MAX_VALUE);
        Batch last = drain.batches().get(drain.batches().size() - 1);
        if (last.end() == null) {
            if (type != IngestionType.SNAPSHOT) {
                throw context.fail("a non-null offset from every read of a " + type + " table", "null at call "
                        + drain.batches().size(), "return the position to resume from; null is for snapshot tables only");
            }
            if (drain.batches().size() > 1) {
                throw context.fail("null only from the first call (it means: this batch was the whole table)",
                        "null at call " + drain.batches().size() + " after " + (drain.batches().size() - 1) + " offsets",
                        "end a paginated snapshot by returning the start offset, not null");
            }
            return;
        }
        if (!drain.converged()) {
            StringBuilder lastOffsets = new StringBuilder();
            for (int i = Math.max(0, drain.batches().size() - 3); i < drain.batches().size(); i++) {
                lastOffsets.append(lastOffsets.length() == 0 ? "" : " -> ").append(drain.batches().get(i).end());
            }
            throw context.fail("a call returning its start offset within " + maxBatches + " calls",
                    "still advancing after " + maxBatches + " calls (last offsets " + lastOffsets + ")",
                    "return the start offset when nothing is new; cap a run at a high-water mark taken when reading starts; "
                            + "or raise maxBatches if the source is really that big");
        }
        context.info("converged after " + drain.batches().size() + " call(s)");
    }
}
