package io.lakeflow.pipeline.flow;

import io.lakeflow.connect.IngestionType;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.pipeline.spec.InvalidSpecException;
import io.lakeflow.pipeline.spec.PipelineSpec;
import io.lakeflow.pipeline.spec.ScdType;
import io.lakeflow.pipeline.spec.SpecProblem;
import io.lakeflow.pipeline.spec.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Checks a spec against its connector (the table exists; keys, sequence_by and cluster_by are
 * columns of its schema; a cdc table has a sequence) and resolves each object's plan. Reports every
 * problem at once, before any data moves.
 */
public final class PlanResolver {

    private PlanResolver() {
    }

    /**
     * Resolves every object of {@code spec}.
     *
     * @throws InvalidSpecException listing every problem, with its path in the spec
     */
    public static List<TablePlan> resolve(PipelineSpec spec, String source) {
        List<SpecProblem> problems = new ArrayList<>();
        LakeflowConnectorProvider provider;
        try {
            provider = LakeflowConnectorProvider.find(spec.connection().connector());
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException(source, List.of(new SpecProblem("connection.name", e.getMessage())));
        }
        List<TablePlan> plans = new ArrayList<>();
        try (LakeflowConnect connector = create(provider, spec, source)) {
            List<String> tables = connector.listTables();
            for (int i = 0; i < spec.objects().size(); i++) {
                TableSpec t = spec.objects().get(i);
                String path = "objects[" + i + "].table";
                if (!tables.contains(t.sourceTable())) {
                    problems.add(new SpecProblem(path + ".source_table", "connector '" + provider.name()
                            + "' has no table '" + t.sourceTable() + "'; it has " + tables));
                    continue;
                }
                TablePlan plan = resolveOne(connector, provider, spec, t, path, problems);
                if (plan != null) {
                    plans.add(plan);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(source, problems);
        }
        return plans;
    }

    private static LakeflowConnect create(LakeflowConnectorProvider provider, PipelineSpec spec, String source) {
        try {
            return provider.create(spec.connection().options());
        } catch (RuntimeException e) {
            throw new InvalidSpecException(source, List.of(new SpecProblem("connection.options",
                    "connector '" + provider.name() + "' refused its options: " + e.getMessage())));
        }
    }

    private static TablePlan resolveOne(LakeflowConnect connector, LakeflowConnectorProvider provider,
                                        PipelineSpec spec, TableSpec t, String path, List<SpecProblem> problems) {
        String config = path + ".table_configuration";
        StructType schema;
        TableMetadata metadata;
        try {
            schema = connector.getTableSchema(t.sourceTable(), t.sourceOptions());
            metadata = connector.readTableMetadata(t.sourceTable(), t.sourceOptions());
        } catch (RuntimeException e) {
            problems.add(new SpecProblem(path, "connector '" + provider.name() + "' could not describe table '"
                    + t.sourceTable() + "': " + e.getMessage()));
            return null;
        }
        int before = problems.size();
        ScdType scd = t.scdType() == null
                ? (metadata.ingestionType() == IngestionType.APPEND ? ScdType.APPEND_ONLY : ScdType.SCD_TYPE_1)
                : t.scdType();
        IngestionType type = scd == ScdType.APPEND_ONLY ? IngestionType.APPEND : metadata.ingestionType();
        if (type == IngestionType.APPEND && scd != ScdType.APPEND_ONLY) {
            problems.add(new SpecProblem(config + ".scd_type", "table '" + t.sourceTable() + "' is append-only at "
                    + "the source, so " + scd + " has no keys to apply changes by; expected APPEND_ONLY (or omit it)"));
        }
        List<String> keys = t.primaryKeys() != null ? t.primaryKeys() : metadata.primaryKeys();
        if (type != IngestionType.APPEND) {
            if (keys.isEmpty()) {
                problems.add(new SpecProblem(config + ".primary_keys", "table '" + t.sourceTable() + "' needs primary "
                        + "keys for " + scd + " and the connector declares none. Fix: set primary_keys."));
            }
            for (String k : keys) {
                checkColumn(schema, k, config + ".primary_keys", problems, t);
            }
        }
        String sequence = null;
        if (type.requiresCursor()) {
            sequence = t.sequenceBy() != null ? t.sequenceBy() : metadata.cursorField();
            if (sequence == null) {
                problems.add(new SpecProblem(config + ".sequence_by", "table '" + t.sourceTable() + "' is "
                        + type.configName() + " and needs a column ordering its changes; the connector declares no "
                        + "cursor field. Fix: set sequence_by."));
            } else {
                checkColumn(schema, sequence, config + ".sequence_by", problems, t);
            }
        } else if (t.sequenceBy() != null) {
            problems.add(new SpecProblem(config + ".sequence_by", "is only used by cdc tables; table '"
                    + t.sourceTable() + "' is " + type.configName() + ". Fix: remove sequence_by."));
        }
        for (String c : t.clusterBy()) {
            checkColumn(schema, c, config + ".cluster_by", problems, t);
        }
        InitialLoad.check(t, config, problems);
        for (StructField f : schema.fields()) {
            if (f.name().startsWith("__")) {
                problems.add(new SpecProblem(path, "source column '" + f.name() + "' starts with __, which is reserved "
                        + "for the pipeline's own columns (__START_AT, __END_AT)"));
            }
        }
        if (problems.size() != before) {
            return null;
        }
        Map<String, String> read = new LinkedHashMap<>();
        read.put("connector", provider.name());
        read.put("tableName", t.sourceTable());
        spec.connection().options().forEach((k, v) -> read.put("connection." + k, v));
        // maxRecordsPerBatch and maxBytesPerBatch are the data source's own options, initialLoad and
        // initialLoadMaxRecords the pipeline's; every other key goes to the connector.
        t.sourceOptions().forEach((k, v) -> {
            if (!InitialLoad.isOption(k)) {
                read.put(k.equalsIgnoreCase("maxRecordsPerBatch") || k.equalsIgnoreCase("maxBytesPerBatch") ? k
                        : "table." + k, v);
            }
        });
        return new TablePlan(t, type, scd, type == IngestionType.APPEND ? List.of() : keys, sequence, schema, read);
    }

    private static void checkColumn(StructType schema, String column, String path, List<SpecProblem> problems,
                                    TableSpec t) {
        if (!column.contains(".") && !List.of(schema.fieldNames()).contains(column)) {
            problems.add(new SpecProblem(path, "'" + column + "' is not a column of '" + t.sourceTable()
                    + "'; columns: " + String.join(", ", schema.fieldNames())));
            return;
        }
        if (column.contains(".")) {
            problems.add(new SpecProblem(path, "'" + column + "' is a nested field; keys, sequence_by and cluster_by "
                    + "must be top-level columns of '" + t.sourceTable() + "'"));
            return;
        }
        DataType type = schema.apply(column).dataType();
        if (!(type instanceof org.apache.spark.sql.types.AtomicType)) {
            problems.add(new SpecProblem(path, "'" + column + "' is " + type.simpleString() + "; keys, sequence_by "
                    + "and cluster_by must be columns of a simple type (string, number, date, timestamp)"));
        }
    }
}
