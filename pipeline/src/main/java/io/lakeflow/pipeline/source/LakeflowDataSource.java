package io.lakeflow.pipeline.source;

import io.lakeflow.connect.LakeflowConnect;
import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code lakeflow_connect}: reads a connector's table, in batch or as a
 * micro-batch stream. See {@link SourceOptions} for the options.
 *
 * <pre>
 * spark.read().format("lakeflow_connect").option("connector", "example").option("tableName", "users").load();
 * </pre>
 */
public final class LakeflowDataSource implements TableProvider, DataSourceRegister {

    /** The short name registered with Spark. */
    public static final String FORMAT = "lakeflow_connect";

    @Override
    public String shortName() {
        return FORMAT;
    }

    /** The schema this instance inferred: Spark asks for the table with it right after (no second look-up). */
    private StructType inferred;

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        inferred = schemaOf(SourceOptions.parse(options.asCaseSensitiveMap()));
        return inferred;
    }

    /**
     * The table, with the schema Spark reports: the connector's, or one given with
     * {@code .schema(...)}, which must be the connector's with any fields (or array elements, or map
     * values) made nullable, as Spark's file sources make every column nullable. Rows are still
     * converted, and checked, against the connector's schema.
     */
    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        SourceOptions options = SourceOptions.parse(properties);
        StructType rows = schema != null && schema == inferred ? schema : schemaOf(options);
        if (schema == null || schema == rows) {
            return new LakeflowTable(options, rows, rows);
        }
        String difference = SchemaWidening.difference(schema, rows);
        if (difference != null) {
            throw new IllegalArgumentException(RecordReaderFactory.where(options) + ": the schema given to the reader "
                    + "is not the table's: " + difference + ". Fix: leave the schema out, or give the table's own "
                    + "(a field may be made nullable, nothing else may change): " + rows.simpleString());
        }
        return new LakeflowTable(options, rows, schema);
    }

    @Override
    public boolean supportsExternalMetadata() {
        return true;
    }

    /** The schema of the table the options name, asked of the connector (or the special table's). */
    static StructType schemaOf(SourceOptions options) {
        SpecialTable special = options.specialTable();
        if (special != null) {
            return special.schema();
        }
        try (LakeflowConnect connector = options.openConnector()) {
            return connector.getTableSchema(options.tableName(), options.tableOptions());
        }
    }
}
