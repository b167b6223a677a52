package io.lakeflow.pipeline.source;

import io.lakeflow.convert.ConversionException;
import io.lakeflow.convert.RecordConverter;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * Converts a connector's records to Spark rows with the shared converter, strictly: a record that
 * does not fit its schema fails the read with a message naming the connector, table, field and
 * value, never a silent null.
 */
public final class RecordRows {

    private final RecordConverter converter;
    private final String where;
    private long count;

    /**
     * @param schema the table's schema
     * @param where  names the read in messages, e.g. {@code connector 'example', table 'users'}
     */
    public RecordRows(StructType schema, String where) {
        this.converter = RecordConverter.of(schema, RowValueFactory.INSTANCE);
        this.where = where;
    }

    /** Converts one record. */
    public InternalRow convert(Map<String, ?> record) {
        count++;
        try {
            return (InternalRow) converter.convert(record);
        } catch (ConversionException e) {
            throw new RecordMismatchException(where + ": record #" + count + " does not fit the table's schema: "
                    + e.getMessage() + " (The batch failed; nothing of it was written.)", e);
        }
    }

    /** Records converted so far. */
    public long count() {
        return count;
    }

    /** Converts lazily as {@code records} is iterated. */
    public Iterator<InternalRow> convertAll(Iterator<Map<String, Object>> records) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public InternalRow next() {
                if (!records.hasNext()) {
                    throw new NoSuchElementException();
                }
                return convert(records.next());
            }
        };
    }
}
