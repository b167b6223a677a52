package io.lakeflow.testkit.checks;

import io.lakeflow.connect.Offset;
import java.util.List;
import java.util.Map;

/**
 * One call of the offset loop as a check saw it.
 *
 * @param start     the offset the call was given
 * @param records   the records consumed (maybe fewer than the batch held, see {@code truncated})
 * @param end       the offset the call returned; {@code null} allowed only for snapshot tables
 * @param truncated whether records were left unconsumed because of the record budget
 */
record Batch(Offset start, List<Map<String, Object>> records, Offset end, boolean truncated) {

    /** Whether the call returned its start offset (the loop's end). */
    boolean returnedStart() {
        return end != null && end.equals(start);
    }
}
