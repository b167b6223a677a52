package io.lakeflow.testkit.checks;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.testkit.TestMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one conformance run is configured with: the connector class, the mode, the options, the
 * bounds and the allowances, as read from {@link io.lakeflow.testkit.LakeflowConformance} and the
 * environment.
 *
 * @param connectorClass the connector under test
 * @param mode           where the connector reads from
 * @param options        the connection options every instance gets (may hold secrets: never print them)
 * @param tableOptions   per-table options, by table name
 * @param sampleSize     records a reading check reads at most per table
 * @param maxBatches     read calls a drain may take
 * @param checkTimeout   time limit of one check for one subject
 * @param allowances     exceptions to rules, with reasons
 */
public record SuiteSettings(Class<? extends LakeflowConnect> connectorClass, TestMode mode,
                            Map<String, String> options, Map<String, Map<String, String>> tableOptions,
                            int sampleSize, int maxBatches, Duration checkTimeout, List<Allowance> allowances) {

    /** Copies the collections. */
    public SuiteSettings {
        options = Map.copyOf(options);
        tableOptions = Map.copyOf(tableOptions);
        allowances = List.copyOf(allowances);
    }

    /** The options for {@code table}; empty when none were given. */
    public Map<String, String> tableOptions(String table) {
        return tableOptions.getOrDefault(table, Map.of());
    }

    /** The allowances of {@code kind} for {@code table}. */
    public List<Allowance> allowances(String kind, String table) {
        return allowances.stream().filter(a -> a.kind().equals(kind) && a.table().equals(table)).toList();
    }
}
