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

    /**
     * What the spec asks that this run cannot do, each as a line for people (printed by
     * {@code --dry-run} and before the table runs); empty when there is nothing to say.
     */
    public List<String> warnings() {
        if (spec.clusterBy().isEmpty()) {
            return List.of();
        }
        return List.of("warning: cluster_by " + spec.clusterBy() + " is checked but not applied: Delta 4.3.0 on "
                + "Spark 4.2.0 cannot create clustered tables (its table-creation path fails with NoSuchMethodError "
                + "CatalogStorageFormat.copy, and a path write ignores clustering), so " + name() + " is created "
                + "without clustering. Fix: drop cluster_by, or cluster the table yourself once a Delta release built "
                + "for this Spark version is available.");
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
