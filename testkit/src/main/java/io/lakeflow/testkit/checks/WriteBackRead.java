package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.WrittenRows;
import java.util.List;

/**
 * {@code write_back_read}: for each insertable table: drain and keep the offset, write
 * {@value #ROWS} rows, and a fresh instance reading from that offset returns every written row
 * (a snapshot table's full read then has {@value #ROWS} more rows).
 */
public final class WriteBackRead implements ConformanceCheck {

    /** Rows written per table. */
    static final int ROWS = 3;

    @Override
    public String id() {
        return "write_back_read";
    }

    @Override
    public String rule() {
        return "rows written to the source come back to a fresh instance reading from the previous offset";
    }

    /** The write-back helper, or a skip with the reason there is none. */
    static WriteBack requireWriteBack(CheckContext context) {
        WriteBack writeBack = context.connector().writeBack();
        if (context.connector().writeBackFailure() != null) {
            throw new CheckFailure("[" + context.subject() + "] write-back: " + context.connector().writeBackFailure());
        }
        if (writeBack == null) {
            String reason = context.connector().writeBackSkipReason();
            throw context.skip(reason == null ? "no WriteBack declared" : reason);
        }
        return writeBack;
    }

    /**
     * Drains a whole table (up to {@code maxBatches} calls), consuming at most {@code perBatch}
     * records of each batch; fails when it does not converge.
     */
    static Drain drainFully(CheckContext context, LakeflowConnect connector, Drain.Source source, Offset start, String when,
                            int perBatch) {
        Drain drain = Drain.run(context, connector, source, start, context.settings().maxBatches(), perBatch, Integer.MAX_VALUE);
        if (!drain.converged()) {
            throw context.fail(source.method + " " + when + " to converge within " + context.settings().maxBatches() + " calls",
                    "still advancing", "see read_terminates (or raise maxBatches for a large source)");
        }
        return drain;
    }

    @Override
    public void run(CheckContext context) {
        WriteBack writeBack = requireWriteBack(context);
        List<String> insertable = writeBack.insertableTables();
        if (insertable == null || !insertable.contains(context.table())) {
            throw context.skip("not insertable by " + writeBack.getClass().getSimpleName());
        }
        TableMetadata metadata = context.metadata();
        boolean snapshot = metadata.ingestionType() == IngestionType.SNAPSHOT;
        LakeflowConnect before = context.freshConnector();
        ReadPath.requireOffsetLoop(context, before);
        // Only a snapshot's count needs every record; otherwise the offset is enough (memory stays bounded).
        Drain first = drainFully(context, before, Drain.Source.TABLE, Offset.empty(), "before the write",
                snapshot ? Integer.MAX_VALUE : context.settings().sampleSize());
        Offset offset = first.lastOffset();
        WrittenRows written = writeBack.writeRows(context.table(), ROWS);
        if (written == null || written.rows().isEmpty()) {
            throw context.fail("writeRows to return the " + ROWS + " rows written", written == null ? "null" : "no rows",
                    "return the rows as written, with a column map");
        }
        if (written.columnMap().isEmpty()) {
            throw context.fail("a non-empty column map", "an empty one", "map each written column to its path in a read record");
        }
        if (written.rows().size() != ROWS) {
            context.problem(ROWS + " written rows", String.valueOf(written.rows().size()), "write exactly the count asked for");
        }
        Offset resumeFrom = snapshot || offset == null ? Offset.empty() : Offset.fromJson(offset.toJson());
        Drain after = drainFully(context, context.freshConnector(), Drain.Source.TABLE, resumeFrom, "after the write",
                Integer.MAX_VALUE);
        List<String> missing = WrittenRowMatcher.missing(written, after.records());
        if (!missing.isEmpty()) {
            context.problem("every written row read back by a fresh instance from offset " + resumeFrom,
                    after.records().size() + " record(s) read, not found: " + String.join(", ", missing),
                    "make sure the read after an offset includes rows written since (cursor moves on writes, no stale cache), "
                            + "and that the column map names the read paths");
        }
        if (snapshot && after.records().size() != first.records().size() + written.rows().size()) {
            context.problem("a full snapshot read of " + first.records().size() + " + " + written.rows().size() + " rows",
                    after.records().size() + " rows", "return every row in each snapshot, once");
        }
    }
}
