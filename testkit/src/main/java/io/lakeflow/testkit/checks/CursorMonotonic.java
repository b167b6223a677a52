package io.lakeflow.testkit.checks;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.TableMetadata;
import java.util.Map;
import org.apache.spark.sql.types.DataType;

/**
 * {@code cursor_monotonic}: across the batches of one drain the cursor never goes backwards: the
 * smallest cursor of batch N+1 is at least the largest of batch N (values compared as the
 * schema's type: numbers, timestamps, dates, text). Applies to cdc tables and to append tables
 * with a cursor.
 */
public final class CursorMonotonic implements ConformanceCheck {

    @Override
    public String id() {
        return "cursor_monotonic";
    }

    @Override
    public String rule() {
        return "cursor values never go backwards from one batch to the next";
    }

    @Override
    public void run(CheckContext context) {
        TableMetadata metadata = context.metadata();
        String cursor = metadata.cursorField();
        boolean applies = metadata.ingestionType().requiresCursor()
                || metadata.ingestionType() == IngestionType.APPEND && cursor != null;
        if (!applies || cursor == null) {
            throw context.skip(metadata.ingestionType() + " table without a cursor: no order to check");
        }
        DataType type = RecordPaths.resolve(context.schema(), cursor);
        if (type == null) {
            throw context.fail("cursor '" + cursor + "' in the schema", "no such field", "see metadata_valid");
        }
        Drain drain = ReadPath.sample(context);
        Comparable<?> previousMax = null;
        int previousBatch = -1;
        int unreadable = 0;
        for (int b = 0; b < drain.batches().size(); b++) {
            Comparable<?> min = null;
            Comparable<?> max = null;
            for (Map<String, Object> record : drain.batches().get(b).records()) {
                Object raw = RecordPaths.get(record, cursor);
                Comparable<?> value;
                try {
                    value = CursorOrder.comparable(type, raw);
                } catch (IllegalArgumentException e) {
                    if (unreadable++ < 3) {
                        context.problem("cursor '" + cursor + "' readable as " + type.simpleString() + " in every record",
                                e.getMessage() + " in " + RecordIdentity.describe(record, metadata),
                                "fill the cursor in every record with a " + type.simpleString() + " value");
                    }
                    continue;
                }
                min = min == null || CursorOrder.compare(value, min) < 0 ? value : min;
                max = max == null || CursorOrder.compare(value, max) > 0 ? value : max;
            }
            if (min == null) {
                continue;
            }
            if (previousMax != null && CursorOrder.compare(min, previousMax) < 0) {
                context.problem("batch " + (b + 1) + "'s smallest cursor >= the largest of the batches before it",
                        min + " < " + previousMax + " (first seen in batch " + (previousBatch + 1) + ")", "read in ascending cursor order (sort by " + cursor
                                + " ascending) so that an offset at a cursor value means 'everything before is read'");
            }
            if (previousMax == null || CursorOrder.compare(max, previousMax) > 0) {
                previousMax = max;
                previousBatch = b;
            }
        }
    }
}
