package io.lakeflow.pipeline.source;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;

/**
 * Rows read and converted on the driver, in Spark's binary row format ({@link UnsafeRow}) laid end
 * to end in one byte array: one object however many rows, so it serialises (or, in local mode,
 * reaches an executor) at memory speed, and an executor reads it without a copy.
 *
 * @param data      the rows' bytes, back to back (each row's size is a multiple of 8)
 * @param ends      {@code ends[i]} is where row {@code i} ends in {@code data}
 * @param numFields the schema's field count
 */
record RowBlock(byte[] data, int[] ends, int numFields) implements Serializable {

    /** The number of rows. */
    int size() {
        return ends.length;
    }

    /** Rows {@code [from, to)} as a block of their own (copied). */
    RowBlock slice(int from, int to) {
        int start = from == 0 ? 0 : ends[from - 1];
        int end = to == 0 ? 0 : ends[to - 1];
        int[] sliceEnds = new int[to - from];
        for (int i = from; i < to; i++) {
            sliceEnds[i - from] = ends[i] - start;
        }
        return new RowBlock(Arrays.copyOfRange(data, start, end), sliceEnds, numFields);
    }

    /** The rows, each a fresh {@link UnsafeRow} pointing into {@link #data}. */
    Iterator<InternalRow> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ends.length;
            }

            @Override
            public InternalRow next() {
                if (next >= ends.length) {
                    throw new NoSuchElementException();
                }
                int start = next == 0 ? 0 : ends[next - 1];
                UnsafeRow row = new UnsafeRow(numFields);
                row.pointTo(data, Platform.BYTE_ARRAY_OFFSET + start, ends[next] - start);
                next++;
                return row;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowBlock b && numFields == b.numFields && Arrays.equals(ends, b.ends)
                && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ends) + numFields;
    }

    @Override
    public String toString() {
        return "RowBlock[" + ends.length + " rows, " + data.length + " bytes]";
    }

    /** Appends rows of one schema to a growing block; not thread-safe. */
    static final class Builder {
        private final UnsafeProjection projection;
        private final int numFields;
        private byte[] data = new byte[1 << 16];
        private int[] ends = new int[1024];
        private int rows;
        private int length;

        Builder(StructType schema) {
            this.projection = UnsafeProjection.create(schema);
            this.numFields = schema.size();
        }

        /** Appends {@code row} (copied: the row may be reused by its producer). */
        void add(InternalRow row) {
            UnsafeRow unsafe = projection.apply(row);
            int size = unsafe.getSizeInBytes();
            if ((long) length + size > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("A micro-batch of " + rows + " rows exceeds 2 GB in memory. Fix: "
                        + "lower the option maxRecordsPerBatch.");
            }
            if (length + size > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * data.length,
                        (long) length + size)));
            }
            if (rows == ends.length) {
                ends = Arrays.copyOf(ends, rows * 2);
            }
            Platform.copyMemory(unsafe.getBaseObject(), unsafe.getBaseOffset(), data,
                    Platform.BYTE_ARRAY_OFFSET + length, size);
            length += size;
            ends[rows++] = length;
        }

        /** The rows added so far. */
        int size() {
            return rows;
        }

        /** The bytes of the rows added so far. */
        long bytes() {
            return length;
        }

        /** The block of every row added. */
        RowBlock build() {
            return new RowBlock(Arrays.copyOf(data, length), Arrays.copyOf(ends, rows), numFields);
        }
    }
}
