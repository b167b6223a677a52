package io.lakeflow.pipeline.source;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** One connector table as Spark sees it: readable in batch and as a micro-batch stream. */
final class LakeflowTable implements SupportsRead {

    private final SourceOptions options;
    private final StructType rows;
    private final StructType schema;

    /**
     * @param rows   the schema records are converted to (the connector's)
     * @param schema the schema reported to Spark: {@code rows}, or it with fields made nullable
     */
    LakeflowTable(SourceOptions options, StructType rows, StructType schema) {
        this.options = options;
        this.rows = rows;
        this.schema = schema;
    }

    @Override
    public String name() {
        return options.connector() + "." + options.tableName() + (options.deleteFlow() ? "#deletes" : "");
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public Set<TableCapability> capabilities() {
        return options.specialTable() != null ? EnumSet.of(TableCapability.BATCH_READ)
                : EnumSet.of(TableCapability.BATCH_READ, TableCapability.MICRO_BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
        return () -> new LakeflowScan(options, rows, schema);
    }
}
