package io.lakeflow.pipeline.source;

import io.lakeflow.convert.ValueFactory;
import java.io.Serializable;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;

/** Builds Spark's internal complex values for the shared record converter. */
public final class RowValueFactory implements ValueFactory, Serializable {

    /** The one instance; it holds no state. */
    public static final RowValueFactory INSTANCE = new RowValueFactory();

    private RowValueFactory() {
    }

    @Override
    public Object struct(Object[] values) {
        return new GenericInternalRow(values);
    }

    @Override
    public Object array(Object[] values) {
        return new GenericArrayData(values);
    }

    @Override
    public Object map(Object[] keys, Object[] values) {
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
    }
}
