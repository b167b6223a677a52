package io.lakeflow.pipeline.source;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.streaming.ReadLimit;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A micro-batch stream over the plain offset loop ({@code readTable}, or {@code readTableDeletes}
 * for the delete flow).
 *
 * <h2>Why the driver reads</h2>
 * Spark asks for a batch's end offset ({@link #latestOffset(org.apache.spark.sql.connector.read.streaming.Offset, ReadLimit)})
 * before it reads the batch, but the offset loop only learns the end offset by reading. So
 * {@code latestOffset} reads on the driver, from the start offset, calling the read again with
 * each returned offset until it stops moving or {@code maxRecordsPerBatch} records are gathered;
 * it converts the records (a record that does not fit fails the batch here, before anything is
 * written) and keeps the rows keyed by the start offset until the batch is committed.
 * {@link #planInputPartitions} serves them, split into slices.
 *
 * <h2>Replay after a crash</h2>
 * When the process died after Spark logged a batch's offsets but before it committed the batch,
 * the restarted query plans that batch again without calling {@code latestOffset}: the rows are
 * not cached, so the stream re-reads from the logged start offset, with a fresh connector, until
 * it reaches the logged end offset. The connector contract (a fresh instance reading from a
 * returned offset returns exactly the records not yet returned) makes that the same data. If the
 * source changed so that the re-read stops at another offset, the rows read are used and a warning
 * is logged: the next batch then starts at the logged end offset, so a cdc destination (MERGE by
 * key and sequence) stays exact, and an append destination may repeat rows in that rare case.
 * Batches the sink already committed are skipped by the sink itself (Delta records the batch id).
 */
final class OffsetLoopStream extends LakeflowMicroBatchStream {

    private static final Logger LOG = LoggerFactory.getLogger(OffsetLoopStream.class);
    private static final int ROWS_PER_SLICE = 20_000;

    private final SourceOptions options;
    private final StructType schema;
    private final Map<String, Gathered> cache = new HashMap<>();
    private LakeflowConnect connector;

    private record Gathered(Offset end, List<byte[]> rows) {
    }

    OffsetLoopStream(SourceOptions options, StructType schema) {
        this.options = options;
        this.schema = schema;
    }

    private LakeflowConnect connector() {
        if (connector == null) {
            connector = options.openConnector();
        }
        return connector;
    }

    @Override
    public synchronized org.apache.spark.sql.connector.read.streaming.Offset latestOffset(
            org.apache.spark.sql.connector.read.streaming.Offset startOffset, ReadLimit limit) {
        Offset start = ((SparkOffset) startOffset).offset();
        Gathered cached = cache.get(start.toJson());
        if (cached == null) {
            cached = gather(start, null);
            cache.put(start.toJson(), cached);
        }
        return SparkOffset.of(cached.end());
    }

    /** Reads from {@code start} until the offset stops moving, reaches {@code until}, or the batch is full. */
    private Gathered gather(Offset start, Offset until) {
        RecordRows converter = new RecordRows(schema, RecordReaderFactory.where(options));
        RowsPartition.Packer packer = new RowsPartition.Packer(schema);
        List<byte[]> rows = new ArrayList<>();
        Offset current = start;
        while (true) {
            ReadResult result = OffsetLoopReads.read(connector(), options, current);
            Iterator<Map<String, Object>> records = result.records();
            while (records.hasNext()) {
                rows.add(packer.pack(converter.convert(records.next())));
            }
            Offset next = result.offset();
            if (next == null) {
                throw new IllegalStateException(RecordReaderFactory.where(options) + ": the read returned a null "
                        + "offset, which only snapshot tables may return, and a stream needs an offset to resume "
                        + "from. Fix: read snapshot tables in batch (spark.read()), or return an offset.");
            }
            boolean moved = !next.equals(current);
            current = next;
            if (!moved || (until != null && current.equals(until))
                    || (until == null && rows.size() >= options.maxRecordsPerBatch())) {
                return new Gathered(current, rows);
            }
        }
    }

    @Override
    public synchronized InputPartition[] planInputPartitions(
            org.apache.spark.sql.connector.read.streaming.Offset startOffset,
            org.apache.spark.sql.connector.read.streaming.Offset endOffset) {
        Offset start = ((SparkOffset) startOffset).offset();
        Offset end = ((SparkOffset) endOffset).offset();
        // Kept until commit: Spark plans a batch again for each action run on it (e.g. in foreachBatch).
        Gathered batch = cache.get(start.toJson());
        if (batch == null || !batch.end().equals(end)) {
            batch = gather(start, end);
            cache.put(start.toJson(), batch);
            if (!batch.end().equals(end)) {
                LOG.warn("{}: replaying the batch from {} ended at {}, not at the checkpointed {}: the source "
                        + "changed since the batch was first read.", RecordReaderFactory.where(options), start,
                        batch.end(), end);
            }
        }
        return RowsPartition.slices(batch.rows(), schema.size(), ROWS_PER_SLICE).toArray(InputPartition[]::new);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new RecordReaderFactory(schema);
    }

    @Override
    public synchronized void commit(org.apache.spark.sql.connector.read.streaming.Offset end) {
        cache.keySet().removeIf(k -> !k.equals(end.json()));
    }

    @Override
    public synchronized void stop() {
        cache.clear();
        if (connector != null) {
            connector.close();
            connector = null;
        }
    }

    @Override
    public String toString() {
        return "OffsetLoopStream[" + options + "]";
    }
}
