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

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return schemaOf(SourceOptions.parse(options.asCaseSensitiveMap()));
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        SourceOptions options = SourceOptions.parse(properties);
        return new LakeflowTable(options, schema == null ? schemaOf(options) : schema);
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
