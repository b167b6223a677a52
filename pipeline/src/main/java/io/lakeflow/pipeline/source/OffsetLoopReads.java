package io.lakeflow.pipeline.source;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;

/** One call of the offset loop: {@code readTable}, or {@code readTableDeletes} for the delete flow. */
final class OffsetLoopReads {

    private OffsetLoopReads() {
    }

    static ReadResult read(LakeflowConnect connector, SourceOptions options, Offset start) {
        ReadResult result = options.deleteFlow()
                ? connector.readTableDeletes(options.tableName(), start, options.tableOptions())
                : connector.readTable(options.tableName(), start, options.tableOptions());
        if (result == null) {
            throw new IllegalStateException(RecordReaderFactory.where(options) + ": the read from " + start
                    + " returned null. Fix: return ReadResult.empty(startOffset) when there is nothing to read.");
        }
        return result;
    }
}
