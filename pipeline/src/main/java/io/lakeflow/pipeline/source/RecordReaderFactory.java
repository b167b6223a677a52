package io.lakeflow.pipeline.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import io.lakeflow.connect.SupportsPartition;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/** Creates the executor-side readers of the four partition kinds. */
final class RecordReaderFactory implements PartitionReaderFactory {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final StructType schema;
    private final CollectionAccumulator<String> drainReport;

    /** A factory whose drains report nowhere. */
    RecordReaderFactory(StructType schema) {
        this(schema, null);
    }

    /** @param drainReport where a drain reports where it stopped ({@code null}: nowhere) */
    RecordReaderFactory(StructType schema, CollectionAccumulator<String> drainReport) {
        this.schema = schema;
        this.drainReport = drainReport;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        if (partition instanceof RowsPartition rows) {
            return new IteratorReader(rows.rows().iterator());
        }
        if (partition instanceof BroadcastRowsPartition shared) {
            return new IteratorReader(shared.rows().value().iterator());
        }
        if (partition instanceof DrainPartition drain) {
            LakeflowConnect connector = drain.options().openConnector();
            ReadAhead rows = new ReadAhead(new DrainingIterator(connector, drain.options(), drainReport, schema), schema,
                    "lakeflow-read-" + drain.options().connector() + "-" + drain.options().tableName());
            return new IteratorReader(rows, rows, connector);
        }
        if (partition instanceof DescriptorPartition d) {
            LakeflowConnect connector = d.options().openConnector();
            Map<String, Object> descriptor;
            try {
                descriptor = JSON.readValue(d.descriptorJson(), new TypeReference<Map<String, Object>>() {});
            } catch (IOException e) {
                connector.close();
                throw new IllegalStateException("Partition descriptor is not JSON: " + d.descriptorJson(), e);
            }
            RecordRows rows = new RecordRows(schema, where(d.options()) + ", partition " + d.descriptorJson());
            Iterator<Map<String, Object>> records = ((SupportsPartition) connector)
                    .readPartition(d.options().tableName(), descriptor, d.options().tableOptions());
            return new IteratorReader(rows.convertAll(records), connector);
        }
        throw new IllegalArgumentException("Unknown partition " + partition.getClass().getName());
    }

    static String where(SourceOptions options) {
        return "Connector '" + options.connector() + "', table '" + options.tableName() + "'"
                + (options.deleteFlow() ? " (deletes)" : "");
    }

    /** Iterates converted rows, closing what it read from (in order) at the end. */
    private static final class IteratorReader implements PartitionReader<InternalRow> {
        private final Iterator<InternalRow> rows;
        private final AutoCloseable[] sources;
        private InternalRow current;

        IteratorReader(Iterator<InternalRow> rows, AutoCloseable... sources) {
            this.rows = rows;
            this.sources = sources;
        }

        @Override
        public boolean next() {
            if (rows.hasNext()) {
                current = rows.next();
                return true;
            }
            return false;
        }

        @Override
        public InternalRow get() {
            return current;
        }

        @Override
        public void close() throws IOException {
            RuntimeException failure = null;
            for (AutoCloseable source : sources) {
                try {
                    source.close();
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                } catch (Exception e) {
                    failure = failure == null ? new IllegalStateException(e.getMessage(), e) : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Drains the offset loop: calls the read again with each returned offset until it stops moving
     * or {@code maxRecordsPerDrain} records are read; then reports where it stopped, if asked.
     */
    private static final class DrainingIterator implements Iterator<InternalRow> {
        private final LakeflowConnect connector;
        private final SourceOptions options;
        private final CollectionAccumulator<String> report;
        private final RecordRows rows;
        private Iterator<Map<String, Object>> batch = Collections.emptyIterator();
        private Offset start = Offset.empty();
        private boolean drained;
        private boolean reported;

        DrainingIterator(LakeflowConnect connector, SourceOptions options, CollectionAccumulator<String> report,
                         StructType schema) {
            this.connector = connector;
            this.options = options;
            this.report = report;
            this.rows = new RecordRows(schema, where(options));
        }

        @Override
        public boolean hasNext() {
            while (!batch.hasNext()) {
                if (drained || rows.count() >= options.maxRecordsPerDrain()) {
                    if (report != null && !reported) {
                        reported = true;
                        report.add(DrainReports.value(rows.count(), drained, start));
                    }
                    return false;
                }
                ReadResult result = OffsetLoopReads.read(connector, options, start);
                batch = result.records();
                if (result.offset() == null && report != null) {
                    throw new IllegalStateException(where(options) + ": the read returned a null offset, which "
                            + "only snapshot tables may return, and this load must know where to go on from. Fix: "
                            + "return an offset, or ingest the table as a snapshot.");
                }
                if (result.offset() == null || result.offset().equals(start)) {
                    drained = true;
                } else {
                    start = result.offset();
                }
            }
            return true;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return rows.convert(batch.next());
        }
    }
}
