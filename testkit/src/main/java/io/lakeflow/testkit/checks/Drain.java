package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The offset loop as the pipeline runs it (start, feed each returned offset back, stop when a call
 * returns its start offset or {@code null}), bounded by a number of calls and of records.
 *
 * @param batches   every call made, in order
 * @param converged whether the loop ended by itself (start offset or {@code null} returned)
 * @param exhausted whether records were left unread because the record budget was used up
 */
record Drain(List<Batch> batches, boolean converged, boolean exhausted) {

    /** Which read a drain calls. */
    enum Source {
        /** {@code readTable}. */
        TABLE("readTable"),
        /** {@code readTableDeletes}. */
        DELETES("readTableDeletes");

        final String method;

        Source(String method) {
            this.method = method;
        }
    }

    /** All records consumed, in order. */
    List<Map<String, Object>> records() {
        List<Map<String, Object>> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.records()));
        return all;
    }

    /** The offset the last call returned (maybe {@code null}), or the start when no call was made. */
    Offset lastOffset() {
        return batches.isEmpty() ? null : batches.get(batches.size() - 1).end();
    }

    /**
     * Runs the loop.
     *
     * @param context     counts the records read and names the subject in failures
     * @param connector   the instance to read with
     * @param start       the first start offset
     * @param maxCalls    calls allowed
     * @param perBatch    records consumed at most per call (the rest of a batch is left unread)
     * @param total       records consumed at most in all; the loop stops when they are used up
     * @throws CheckFailure when a call returns {@code null}, or a record that is not a {@code Map}
     */
    static Drain run(CheckContext context, LakeflowConnect connector, Source source, Offset start,
                     int maxCalls, int perBatch, int total) {
        String table = context.table();
        Map<String, String> options = context.tableOptions();
        List<Batch> batches = new ArrayList<>();
        Offset offset = start;
        int budget = total;
        for (int call = 0; call < maxCalls; call++) {
            ReadResult result = source == Source.TABLE
                    ? connector.readTable(table, offset, options)
                    : connector.readTableDeletes(table, offset, options);
            if (result == null) {
                throw context.fail(source.method + " to return a ReadResult", "null (call " + (call + 1)
                        + ", start offset " + offset + ")", "return ReadResult.empty(startOffset) when there is nothing new");
            }
            List<Map<String, Object>> records = new ArrayList<>();
            Iterator<Map<String, Object>> it = result.records();
            int limit = Math.min(perBatch, budget);
            boolean truncated = false;
            while (it.hasNext()) {
                if (records.size() >= limit) {
                    truncated = true;
                    break;
                }
                Object record = it.next();
                if (!(record instanceof Map<?, ?>)) {
                    throw context.fail(source.method + " records to be Map<String, Object>", "a "
                            + (record == null ? "null record" : record.getClass().getName()) + " at record "
                            + records.size() + " of call " + (call + 1), "return each record as a Map of column name to JSON-like value");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) record;
                records.add(map);
            }
            context.countRecords(records.size());
            budget -= records.size();
            Batch batch = new Batch(offset, List.copyOf(records), result.offset(), truncated);
            batches.add(batch);
            if (result.offset() == null || batch.returnedStart()) {
                return new Drain(batches, true, truncated);
            }
            if (budget <= 0) {
                return new Drain(batches, false, true);
            }
            offset = result.offset();
        }
        return new Drain(batches, false, false);
    }
}
