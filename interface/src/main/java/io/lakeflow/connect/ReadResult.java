package io.lakeflow.connect;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One batch returned by {@link LakeflowConnect#readTable} or {@link LakeflowConnect#readTableDeletes}.
 *
 * <p>{@code records} may be lazy (for example, fetching further pages while iterated); the
 * framework consumes it at most once, on the thread that called the read, before calling the
 * connector again. Each record is a JSON-like map whose values are {@code String},
 * {@code Number}, {@code Boolean}, {@code List}, {@code Map} or {@code null}, exactly as the
 * source returned them; the framework converts them to the table's Spark schema.
 *
 * @param records the batch's records; never {@code null} (use an empty iterator)
 * @param offset  where the next read starts; {@code null} only for snapshot tables read whole in
 *                this one batch
 */
public record ReadResult(Iterator<Map<String, Object>> records, Offset offset) {

    /** Rejects a null iterator. */
    public ReadResult {
        Objects.requireNonNull(records, "records (use an empty iterator for no records)");
    }

    /** A batch holding {@code records}, ending at {@code offset}. */
    public static ReadResult of(List<Map<String, Object>> records, Offset offset) {
        return new ReadResult(records.iterator(), offset);
    }

    /** An empty batch ending at {@code offset}: when {@code offset} is the start offset, the table is drained. */
    public static ReadResult empty(Offset offset) {
        return new ReadResult(Collections.emptyIterator(), offset);
    }
}
