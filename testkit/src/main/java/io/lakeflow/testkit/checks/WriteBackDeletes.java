package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.WrittenRows;
import java.util.List;

/**
 * {@code write_back_deletes}: for each deletable table: drain the deletes and keep the offset,
 * delete {@value WriteBackRead#ROWS} rows, and a fresh instance reading deletes from that offset
 * returns every deleted key.
 */
public final class WriteBackDeletes implements ConformanceCheck {

    @Override
    public String id() {
        return "write_back_deletes";
    }

    @Override
    public String rule() {
        return "rows deleted in the source come back from readTableDeletes on a fresh instance";
    }

    @Override
    public void run(CheckContext context) {
        WriteBack writeBack = WriteBackRead.requireWriteBack(context);
        List<String> deletable = writeBack.deletableTables();
        if (deletable == null || !deletable.contains(context.table())) {
            throw context.skip("not deletable by " + writeBack.getClass().getSimpleName());
        }
        LakeflowConnect before = context.freshConnector();
        Drain first = WriteBackRead.drainFully(context, before, Drain.Source.DELETES, Offset.empty(), "before the delete",
                context.settings().sampleSize());
        Offset offset = first.lastOffset();
        WrittenRows deleted = writeBack.deleteRows(context.table(), WriteBackRead.ROWS);
        if (deleted == null || deleted.rows().isEmpty() || deleted.columnMap().isEmpty()) {
            throw context.fail("deleteRows to return the deleted rows and a column map", deleted == null ? "null"
                    : deleted.rows().size() + " row(s), " + deleted.columnMap().size() + " mapped column(s)",
                    "return the deleted rows with at least their keys, and map the key columns");
        }
        Offset resumeFrom = offset == null ? Offset.empty() : Offset.fromJson(offset.toJson());
        Drain after = WriteBackRead.drainFully(context, context.freshConnector(), Drain.Source.DELETES, resumeFrom, "after the delete",
                Integer.MAX_VALUE);
        List<String> missing = WrittenRowMatcher.missing(deleted, after.records());
        if (!missing.isEmpty()) {
            context.problem("every deleted row reported by readTableDeletes from offset " + resumeFrom,
                    after.records().size() + " delete(s) read, not found: " + String.join(", ", missing),
                    "report deletes after the stored offset (a tombstone or deleted-since query), with the keys");
        }
    }
}
