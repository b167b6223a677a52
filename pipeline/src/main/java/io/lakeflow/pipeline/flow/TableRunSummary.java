package io.lakeflow.pipeline.flow;

/**
 * What one run did to one destination.
 *
 * @param name       the destination, {@code [catalog.]schema.table}
 * @param inserted   rows inserted into the destination (for SCD2: versions added)
 * @param updated    rows updated (for SCD2: versions closed or re-linked)
 * @param deleted    rows deleted
 * @param batches    micro-batches (streaming flows) or snapshot reads
 * @param records    source records read
 * @param durationMs wall time of the table's flows
 * @param error      {@code null}, or why the table failed (its destination is left as it was after
 *                   its last committed batch)
 */
public record TableRunSummary(String name, long inserted, long updated, long deleted, long batches, long records,
                              long durationMs, String error) {

    /** Whether the table's flows all succeeded. */
    public boolean ok() {
        return error == null;
    }

    /** Records per second over the table's duration. */
    public double rate() {
        return durationMs == 0 ? 0 : records * 1000.0 / durationMs;
    }
}
