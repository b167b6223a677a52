package io.lakeflow.pipeline.source;

import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.types.StructType;

/**
 * A few rows computed on the driver (the special tables), carried in the task itself.
 *
 * @param rows the rows
 */
record RowsPartition(RowBlock rows) implements InputPartition {

    /** Packs rows of {@code schema}. */
    static RowsPartition of(StructType schema, List<InternalRow> rows) {
        RowBlock.Builder builder = new RowBlock.Builder(schema);
        rows.forEach(builder::add);
        return new RowsPartition(builder.build());
    }
}
