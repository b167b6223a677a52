package io.lakeflow.reports.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to certify and how.
 *
 * @param classpath      jars and class folders holding the connector, the testkit and their
 *                       dependencies (e.g. a connector module's test class path)
 * @param connectorClass the connector's class name
 * @param simulatorClass the simulator's class name, for mode simulate; empty for none
 * @param writeBackClass the write-back helper's class name; empty for none
 * @param options        extra connection options, as in {@code @LakeflowConformance(options)}
 * @param tableOptions   per-table options, {@code table:key=value}
 * @param mode           {@code simulate}, {@code replay}, {@code record} or {@code live}; empty for the testkit's default
 * @param out            the folder the result file goes to
 * @param readme         the connector's README, for the {@code docs_match_code} check; empty: the check is skipped
 */
public record CertifyRequest(List<Path> classpath, String connectorClass, Optional<String> simulatorClass,
                             Optional<String> writeBackClass, Map<String, String> options, List<String> tableOptions,
                             Optional<String> mode, Path out, Optional<Path> readme) {

    /** A request without a README ({@code docs_match_code} skipped). */
    public CertifyRequest(List<Path> classpath, String connectorClass, Optional<String> simulatorClass,
                          Optional<String> writeBackClass, Map<String, String> options, List<String> tableOptions,
                          Optional<String> mode, Path out) {
        this(classpath, connectorClass, simulatorClass, writeBackClass, options, tableOptions, mode, out, Optional.empty());
    }

    /** Copies the collections. */
    public CertifyRequest {
        classpath = List.copyOf(classpath);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        tableOptions = List.copyOf(tableOptions);
    }
}
