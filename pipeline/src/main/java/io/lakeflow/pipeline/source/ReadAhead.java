package io.lakeflow.pipeline.source;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * Reads rows on a thread of its own, a block of rows ahead of the consumer: a task that drains the
 * offset loop then reads the source (and converts its records) on one core while Spark writes the
 * rows already read on another. Rows are handed over packed in {@link RowBlock}s, at most
 * {@value #BLOCKS_AHEAD} blocks ahead, so memory stays bounded whatever the table's size. An
 * error on the reading thread is thrown to the consumer, at the point of the stream where it
 * happened.
 */
final class ReadAhead implements Iterator<InternalRow>, AutoCloseable {

    static final int ROWS_PER_BLOCK = 8_192;
    static final int BLOCKS_AHEAD = 4;

    /** What the reading thread puts in the queue: rows, the end, or the error that stopped it. */
    private record Item(RowBlock rows, Throwable error) {
        static final Item END = new Item(null, null);
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private Iterator<InternalRow> current = Collections.emptyIterator();
    private boolean ended;

    /**
     * Starts reading.
     *
     * @param source the rows, read on the new thread (it must not be used by anyone else)
     * @param schema their schema
     * @param name   the thread's name
     */
    ReadAhead(Iterator<InternalRow> source, StructType schema, String name) {
        this.thread = new Thread(() -> produce(source, schema), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Iterator<InternalRow> source, StructType schema) {
        try {
            RowBlock.Builder block = new RowBlock.Builder(schema);
            while (!closed && source.hasNext()) {
                block.add(source.next());
                if (block.size() == ROWS_PER_BLOCK) {
                    put(new Item(block.build(), null));
                    block = new RowBlock.Builder(schema);
                }
            }
            if (block.size() > 0) {
                put(new Item(block.build(), null));
            }
            put(Item.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            try {
                put(new Item(null, t));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Item item) throws InterruptedException {
        while (!closed) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for rows from " + thread.getName(), e);
            }
            if (item.error() != null) {
                ended = true;
                if (item.error() instanceof RuntimeException r) {
                    throw r;
                }
                if (item.error() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(item.error().getMessage(), item.error());
            }
            if (item == Item.END) {
                ended = true;
                return false;
            }
            current = item.rows().iterator();
        }
        return true;
    }

    @Override
    public InternalRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reading thread and waits for it, so that the source can be closed after. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
