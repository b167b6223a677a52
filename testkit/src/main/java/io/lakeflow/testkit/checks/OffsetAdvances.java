package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code offset_advances}: a batch with records never returns its own start offset (the pipeline
 * would re-read it forever, or stop and lose the rest), offsets never cycle back, and every offset
 * survives a JSON round trip unchanged.
 */
public final class OffsetAdvances implements ConformanceCheck {

    @Override
    public String id() {
        return "offset_advances";
    }

    @Override
    public String rule() {
        return "a batch with records advances the offset; offsets never cycle and survive toJson/fromJson";
    }

    @Override
    public void run(CheckContext context) {
        LakeflowConnect connector = context.freshConnector();
        ReadPath.requireOffsetLoop(context, connector);
        int sample = context.settings().sampleSize();
        Drain drain = Drain.run(context, connector, Drain.Source.TABLE, Offset.empty(), context.settings().maxBatches(),
                sample, Integer.MAX_VALUE);
        Map<Offset, Integer> startedAt = new HashMap<>();
        for (int i = 0; i < drain.batches().size(); i++) {
            Batch batch = drain.batches().get(i);
            startedAt.putIfAbsent(batch.start(), i + 1);
            if (batch.end() == null) {
                continue;
            }
            if (batch.returnedStart() && !batch.records().isEmpty()) {
                context.problem("a new offset after a batch with records", "call " + (i + 1) + " returned "
                        + batch.records().size() + "+ records and its start offset " + batch.start(),
                        "return the position after the last record returned; returning the start offset means 'nothing new'");
            } else if (!batch.returnedStart() && startedAt.containsKey(batch.end())) {
                context.problem("offsets that never return to an earlier one", "call " + (i + 1) + " returned "
                        + batch.end() + ", the start offset of call " + startedAt.get(batch.end()),
                        "derive the next offset from the last record read, so that it only moves forward");
            }
            Offset roundTrip;
            try {
                roundTrip = Offset.fromJson(batch.end().toJson());
            } catch (RuntimeException e) {
                context.problem("offsets that parse back from their JSON", CheckContext.describe(e) + " for " + batch.end(),
                        "keep offsets to JSON values");
                continue;
            }
            if (!roundTrip.equals(batch.end())) {
                context.problem("Offset.fromJson(offset.toJson()) equal to the offset", batch.end() + " became " + roundTrip,
                        "keep offsets to JSON values (strings for timestamps, integers or strings for ids)");
            }
        }
    }
}
