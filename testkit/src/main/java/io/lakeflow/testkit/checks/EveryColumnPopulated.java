package io.lakeflow.testkit.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.StructType;

/**
 * {@code every_column_populated}: each top-level column is non-null in at least one sampled
 * record, unless allowed with a reason. A column that is always null usually means a wrong field
 * name or a mapping that never fills it. Runs in every mode.
 */
public final class EveryColumnPopulated implements ConformanceCheck {

    @Override
    public String id() {
        return "every_column_populated";
    }

    @Override
    public String rule() {
        return "each column is set in at least one sampled record, unless allowed with a reason";
    }

    @Override
    public void run(CheckContext context) {
        StructType schema = context.schema();
        List<Allowance> allowed = context.settings().allowances(Allowance.NULL_COLUMN, context.table());
        Set<String> allowedColumns = new LinkedHashSet<>();
        for (Allowance allowance : allowed) {
            if (allowance.reasonMissing()) {
                context.problem("a reason for allowing column '" + allowance.column() + "' to stay null", "a blank reason",
                        "say why, e.g. \"only set for enterprise accounts\"");
            }
            if (schema.getFieldIndex(allowance.column()).isEmpty()) {
                context.problem("allowed null column '" + allowance.column() + "' in the schema", "no such column",
                        "remove the stale @AllowNullColumn or fix its column name");
            }
            allowedColumns.add(allowance.column());
        }
        List<Map<String, Object>> records = Sample.of(context).records();
        if (records.isEmpty()) {
            context.throwProblems();
            throw context.skip("no records in the first read (mode " + context.settings().mode().configName()
                    + "): population cannot be judged; read_shape reports emptiness");
        }
        List<String> alwaysNull = new ArrayList<>();
        for (String column : schema.fieldNames()) {
            if (allowedColumns.contains(column)) {
                continue;
            }
            boolean set = records.stream().anyMatch(r -> r.get(column) != null);
            if (!set) {
                alwaysNull.add(column);
            }
        }
        if (!alwaysNull.isEmpty()) {
            context.problem("each column set in at least one of " + records.size() + " sampled record(s) (mode "
                            + context.settings().mode().configName() + ")", "always null: " + String.join(", ", alwaysNull),
                    "check the field names against the source's (a typo reads as null), give the corpus values for them, "
                            + "or add @AllowNullColumn(table = \"" + context.table() + "\", column = \"" + alwaysNull.get(0)
                            + "\", reason = \"...\")");
        }
        for (Allowance a : allowed) {
            boolean populated = records.stream().anyMatch(r -> r.get(a.column()) != null);
            context.info("column " + a.column() + " may stay null: " + a.reason()
                    + (populated ? " (it is populated in this sample: the allowance may be stale)" : ""));
        }
    }
}
