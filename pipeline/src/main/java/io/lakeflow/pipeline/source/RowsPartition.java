package io.lakeflow.pipeline.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.types.StructType;

/**
 * Rows already read and converted on the driver (special tables, offset-loop micro-batches),
 * held in Spark's compact binary row format: a task carries byte arrays, which serialise far faster
 * than object rows.
 *
 * @param rows      each row's {@link UnsafeRow} bytes
 * @param numFields the schema's field count
 */
record RowsPartition(byte[][] rows, int numFields) implements InputPartition {

    /** Packs rows of {@code schema}. */
    static RowsPartition of(StructType schema, List<InternalRow> rows) {
        Packer packer = new Packer(schema);
        byte[][] bytes = new byte[rows.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = packer.pack(rows.get(i));
        }
        return new RowsPartition(bytes, schema.size());
    }

    /** Splits packed rows into partitions of at most {@code size} rows. */
    static List<InputPartition> slices(List<byte[]> rows, int numFields, int size) {
        List<InputPartition> slices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += size) {
            slices.add(new RowsPartition(rows.subList(i, Math.min(rows.size(), i + size)).toArray(byte[][]::new),
                    numFields));
        }
        return slices;
    }

    /** The rows, each a fresh {@link UnsafeRow} over its bytes. */
    Iterator<InternalRow> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows.length;
            }

            @Override
            public InternalRow next() {
                UnsafeRow row = new UnsafeRow(numFields);
                byte[] b = rows[next++];
                row.pointTo(b, b.length);
                return row;
            }
        };
    }

    /** Converts object rows to {@link UnsafeRow} bytes; not thread-safe. */
    static final class Packer {
        private final UnsafeProjection projection;

        Packer(StructType schema) {
            this.projection = UnsafeProjection.create(schema);
        }

        byte[] pack(InternalRow row) {
            return projection.apply(row).copy().getBytes();
        }
    }
}
