package io.lakeflow.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** Packing rows into blocks, slicing, shipping them, and reading them ahead on another thread. */
class RowBlockTest {

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.LongType, false)
            .add("name", DataTypes.StringType, true);

    private static InternalRow row(long id, String name) {
        return new GenericInternalRow(new Object[] {id, name == null ? null : UTF8String.fromString(name)});
    }

    private static List<String> read(Iterator<InternalRow> rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(r -> out.add(r.getLong(0) + ":" + (r.isNullAt(1) ? "null" : r.getUTF8String(1))));
        return out;
    }

    private static List<String> expected(List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(i + ":" + names.get(i));
        }
        return out;
    }

    private static RowBlock block(List<String> names) {
        RowBlock.Builder b = new RowBlock.Builder(SCHEMA);
        for (int i = 0; i < names.size(); i++) {
            b.add(row(i, names.get(i)));
        }
        return b.build();
    }

    @Property(tries = 200)
    void slices_of_a_block_give_back_every_row_in_order(
            @ForAll @Size(max = 60) List<@StringLength(max = 40) String> names,
            @ForAll @IntRange(min = 1, max = 7) int parts) {
        RowBlock all = block(names);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            seen.addAll(read(all.slice(names.size() * i / parts, names.size() * (i + 1) / parts).iterator()));
        }
        assertThat(seen).isEqualTo(expected(names));
        assertThat(read(all.iterator())).isEqualTo(expected(names));
    }

    @Property(tries = 50)
    void a_block_survives_java_serialisation(@ForAll @Size(max = 40) List<@StringLength(max = 20) String> names)
            throws IOException, ClassNotFoundException {
        RowBlock block = block(names);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(block);
        }
        RowBlock back = (RowBlock) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(back).isEqualTo(block);
        assertThat(read(back.iterator())).isEqualTo(expected(names));
    }

    @Property(tries = 30)
    void reading_ahead_keeps_every_row_in_order(@ForAll @IntRange(max = 3 * ReadAhead.ROWS_PER_BLOCK + 17) int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(i % 5 == 0 ? null : "n" + i);
        }
        try (ReadAhead ahead = new ReadAhead(block(names).iterator(), SCHEMA, "test-read-ahead")) {
            assertThat(read(ahead)).isEqualTo(expected(names));
        }
    }

    @Test
    void an_error_while_reading_ahead_fails_the_consumer_with_the_readers_message() {
        Iterator<InternalRow> failing = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public InternalRow next() {
                if (next == 10) {
                    throw new RecordMismatchException("record #11 does not fit", null);
                }
                return row(next++, "x");
            }
        };
        List<Long> seen = new ArrayList<>();
        try (ReadAhead ahead = new ReadAhead(failing, SCHEMA, "test-read-ahead")) {
            assertThatThrownBy(() -> ahead.forEachRemaining(r -> seen.add(r.getLong(0))))
                    .isInstanceOf(RecordMismatchException.class).hasMessageContaining("record #11");
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void closing_early_stops_the_reading_thread() throws InterruptedException {
        AtomicBoolean stopped = new AtomicBoolean();
        Iterator<InternalRow> endless = new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public InternalRow next() {
                return row(next++, "y");
            }
        };
        ReadAhead ahead = new ReadAhead(endless, SCHEMA, "test-read-ahead-endless");
        assertThat(ahead.next().getLong(0)).isZero();
        ahead.close();
        Thread reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("test-read-ahead-endless")).findFirst().orElse(null);
        stopped.set(reader == null || !reader.isAlive());
        assertThat(stopped).isTrue();
    }
}
