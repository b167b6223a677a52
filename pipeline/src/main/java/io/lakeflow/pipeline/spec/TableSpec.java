package io.lakeflow.pipeline.spec;

import java.util.List;
import java.util.Map;

/**
 * One object of the spec: a source table and the Delta table it maintains.
 *
 * @param sourceTable         the connector's table
 * @param destinationCatalog  optional catalog ({@code null}: none)
 * @param destinationSchema   destination schema (database); {@code default} when not given
 * @param destinationTable    destination table; the source table's name when not given
 * @param scdType             {@code null} when not given (SCD_TYPE_1 for keyed tables)
 * @param primaryKeys         {@code null} when not given (the connector's)
 * @param sequenceBy          {@code null} when not given (the connector's cursor field)
 * @param clusterBy           clustering columns, empty for none
 * @param sourceOptions       the other {@code table_configuration} keys, passed to the connector
 */
public record TableSpec(String sourceTable, String destinationCatalog, String destinationSchema,
                        String destinationTable, ScdType scdType, List<String> primaryKeys, String sequenceBy,
                        List<String> clusterBy, Map<String, String> sourceOptions) {

    /** Copies the lists and maps. */
    public TableSpec {
        primaryKeys = primaryKeys == null ? null : List.copyOf(primaryKeys);
        clusterBy = clusterBy == null ? List.of() : List.copyOf(clusterBy);
        sourceOptions = Map.copyOf(sourceOptions);
    }

    /** The destination as {@code [catalog.]schema.table}, unique within a spec. */
    public String destinationName() {
        return (destinationCatalog == null ? "" : destinationCatalog + ".") + destinationSchema + "." + destinationTable;
    }
}
