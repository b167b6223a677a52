package io.lakeflow.pipeline.source;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
 * before it reads the batch, but the offset loop only learns the end offset by reading. So the
 * driver reads, from the start offset, calling the read again with each returned offset until it
 * stops moving or {@code maxRecordsPerBatch} records (or {@code maxBytesPerBatch} bytes of them)
 * are gathered; it converts the records (a
 * record that does not fit fails the batch here, before anything is written) and packs them in
 * Spark's binary row format ({@link RowBlock}), kept by start offset until the batch is committed.
 * {@link #planInputPartitions} splits them into at most one slice per core (of at least
 * {@value #MIN_ROWS_PER_SLICE} rows) and ships each slice to the executors as a broadcast variable.
 *
 * <h2>Reading ahead</h2>
 * Every read runs on one thread of the stream's own, the only one that touches its connector. As
 * soon as a batch's end offset is known, that thread starts reading the next batch from it, so
 * the source is read while Spark writes the previous batch; the next {@code latestOffset} waits
 * for that read instead of starting it. Reading ahead reads nothing that the stream would not read
 * next anyway, in the same order, with the same connector.
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
    /** A slice smaller than this is not worth a task of its own. */
    static final int MIN_ROWS_PER_SLICE = 50_000;

    private final SourceOptions options;
    private final StructType schema;
    private final ExecutorService reader;
    /** Reads started or done, by start offset (canonical JSON). */
    private final Map<String, Future<Gathered>> reads = new HashMap<>();
    /** Batches planned and not yet committed, by start offset. */
    private final Map<String, Planned> planned = new HashMap<>();
    private volatile boolean stopping;
    /** Touched only on the reader thread. */
    private LakeflowConnect connector;

    private record Gathered(Offset end, RowBlock rows) {
    }

    private record Planned(Offset end, InputPartition[] partitions, List<Broadcast<RowBlock>> broadcasts) {
        void destroy() {
            broadcasts.forEach(b -> b.destroy());
        }
    }

    OffsetLoopStream(SourceOptions options, StructType schema) {
        super(options);
        this.options = options;
        this.schema = schema;
        String name = "lakeflow-read-" + options.connector() + "-" + options.tableName()
                + (options.deleteFlow() ? "-deletes" : "");
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized org.apache.spark.sql.connector.read.streaming.Offset latestOffset(
            org.apache.spark.sql.connector.read.streaming.Offset startOffset, ReadLimit limit) {
        Offset start = ((SparkOffset) startOffset).offset();
        Planned done = planned.get(start.toJson());
        if (done != null) {
            return SparkOffset.of(done.end());
        }
        Gathered batch = await(readFrom(start));
        if (!batch.end().equals(start)) {
            readFrom(batch.end());
        }
        return SparkOffset.of(batch.end());
    }

    /** The read of the batch starting at {@code start}: the one under way or done, else a new one. */
    private Future<Gathered> readFrom(Offset start) {
        return reads.computeIfAbsent(start.toJson(), k -> reader.submit(() -> gather(start, null)));
    }

    private Gathered await(Future<Gathered> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(RecordReaderFactory.where(options) + ": interrupted while reading", e);
        } catch (ExecutionException e) {
            reads.values().remove(read);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(RecordReaderFactory.where(options) + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Reads from {@code start} until the offset stops moving, reaches {@code until}, or the batch is
     * full. Runs on the reader thread only.
     */
    private Gathered gather(Offset start, Offset until) {
        if (connector == null) {
            connector = options.openConnector();
        }
        RecordRows converter = new RecordRows(schema, RecordReaderFactory.where(options));
        RowBlock.Builder rows = new RowBlock.Builder(schema);
        Offset current = start;
        while (true) {
            ReadResult result = OffsetLoopReads.read(connector, options, current);
            Iterator<Map<String, Object>> records = result.records();
            while (records.hasNext()) {
                if (stopping) {
                    throw new CancellationException("the stream was stopped");
                }
                rows.add(converter.convert(records.next()));
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
                    || (until == null && (rows.size() >= options.maxRecordsPerBatch()
                    || rows.bytes() >= options.maxBytesPerBatch()))) {
                return new Gathered(current, rows.build());
            }
        }
    }

    @Override
    public synchronized InputPartition[] planInputPartitions(
            org.apache.spark.sql.connector.read.streaming.Offset startOffset,
            org.apache.spark.sql.connector.read.streaming.Offset endOffset) {
        Offset start = ((SparkOffset) startOffset).offset();
        Offset end = ((SparkOffset) endOffset).offset();
        String key = start.toJson();
        // Kept until commit: Spark plans a batch again for each action run on it (e.g. in foreachBatch).
        Planned done = planned.get(key);
        if (done != null && done.end().equals(end)) {
            return done.partitions();
        }
        Future<Gathered> read = reads.get(key);
        Gathered batch = read == null ? null : await(read);
        if (batch == null || !batch.end().equals(end)) {
            // A replay after a restart: read exactly up to the checkpointed end offset.
            read = reader.submit(() -> gather(start, end));
            reads.put(key, read);
            batch = await(read);
            if (!batch.end().equals(end)) {
                LOG.warn("{}: replaying the batch from {} ended at {}, not at the checkpointed {}: the source "
                        + "changed since the batch was first read.", RecordReaderFactory.where(options), start,
                        batch.end(), end);
            }
            readFrom(end);
        }
        if (done != null) {
            done.destroy();
        }
        Planned plan = broadcast(end, batch.rows());
        planned.put(key, plan);
        reads.remove(key);
        return plan.partitions();
    }

    /** Splits the rows into at most one slice per core and broadcasts each slice. */
    private static Planned broadcast(Offset end, RowBlock rows) {
        if (rows.size() == 0) {
            return new Planned(end, new InputPartition[0], List.of());
        }
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate());
        int slices = (int) Math.max(1, Math.min(spark.defaultParallelism(),
                (long) rows.size() / MIN_ROWS_PER_SLICE));
        List<Broadcast<RowBlock>> broadcasts = new ArrayList<>(slices);
        InputPartition[] partitions = new InputPartition[slices];
        for (int i = 0; i < slices; i++) {
            int from = (int) ((long) rows.size() * i / slices);
            int to = (int) ((long) rows.size() * (i + 1) / slices);
            Broadcast<RowBlock> b = spark.broadcast(slices == 1 ? rows : rows.slice(from, to));
            broadcasts.add(b);
            partitions[i] = new BroadcastRowsPartition(b);
        }
        return new Planned(end, partitions, broadcasts);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        return new RecordReaderFactory(schema);
    }

    @Override
    public synchronized void commit(org.apache.spark.sql.connector.read.streaming.Offset end) {
        String next = end.json();
        planned.entrySet().removeIf(e -> {
            boolean committed = !e.getKey().equals(next);
            if (committed) {
                e.getValue().destroy();
            }
            return committed;
        });
        reads.entrySet().removeIf(e -> {
            boolean stale = !e.getKey().equals(next);
            if (stale) {
                e.getValue().cancel(false);
            }
            return stale;
        });
    }

    @Override
    public synchronized void stop() {
        if (reader.isShutdown()) {
            return;
        }
        stopping = true;
        reads.values().forEach(f -> f.cancel(false));
        reads.clear();
        planned.values().forEach(Planned::destroy);
        planned.clear();
        reader.submit(() -> {
            if (connector != null) {
                connector.close();
                connector = null;
            }
        });
        reader.shutdown();
        try {
            if (!reader.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("{}: the reader thread did not stop within 60 s", RecordReaderFactory.where(options));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "OffsetLoopStream[" + options + "]";
    }
}
