package io.lakeflow.pipeline.flow;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.pipeline.spec.ScdType;
import io.lakeflow.pipeline.spec.TableSpec;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * Everything needed to run one spec object, resolved against the connector before any data moves.
 *
 * @param spec        the spec object
 * @param type        the ingestion type (APPEND_ONLY forces {@code append})
 * @param scdType     SCD_TYPE_1, SCD_TYPE_2 or APPEND_ONLY
 * @param keys        the primary keys (empty for append)
 * @param sequenceBy  the column ordering changes ({@code null} for snapshot and append)
 * @param schema      the source table's schema
 * @param readOptions the options of the {@code lakeflow_connect} reads (connector, connection,
 *                    table, table options); may hold secrets, never printed
 */
public record TablePlan(TableSpec spec, IngestionType type, ScdType scdType, List<String> keys, String sequenceBy,
                        StructType schema, Map<String, String> readOptions) {

    /** The destination's name, {@code [catalog.]schema.table}. */
    public String name() {
        return spec.destinationName();
    }

    /** A one-line description for {@code --dry-run} and logs; no secrets. */
    public String describe() {
        return spec.sourceTable() + " -> " + name() + " [" + type.configName() + ", " + scdType
                + (keys.isEmpty() ? "" : ", keys " + keys) + (sequenceBy == null ? "" : ", sequence_by " + sequenceBy)
                + (spec.clusterBy().isEmpty() ? "" : ", cluster_by " + spec.clusterBy()) + "]";
    }

    @Override
    public String toString() {
        return "TablePlan[" + describe() + "]";
    }
}
