package io.lakeflow.reports.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One run of the conformance suite against one connector, read from its result file.
 *
 * @param source         the file it was read from
 * @param connector      the connector's name
 * @param connectorClass the connector's class name, or {@code null} when the file lacks it
 * @param version        the connector's version, or {@code "unknown"}
 * @param testkitVersion the testkit's version, or {@code "unknown"}
 * @param mode           {@code simulate}, {@code replay}, {@code record} or {@code live}; {@code "unknown"} when missing
 * @param startedAt      when the run started, or {@code null} when the file lacks it
 * @param durationMs     how long the run took, or {@code -1} when unknown
 * @param declared       the counts the file's own summary declares ({@code null} when it has none)
 * @param tables         the connector's tables
 * @param allowances     the allowances the author declared
 * @param results        each check's result for each subject
 * @param problems       what was wrong with the file although it could be read (partial, odd values)
 */
public record ConformanceRun(Path source, String connector, String connectorClass, String version, String testkitVersion,
                             String mode, Instant startedAt, long durationMs, StatusCounts declared, List<TableInfo> tables,
                             List<AllowanceInfo> allowances, List<CheckOutcome> results, List<ReportWarning> problems) {

    /** The subject name of a connector-level result (one with no table). */
    public static final String CONNECTOR_SUBJECT = "(connector)";

    /** Copies the lists. */
    public ConformanceRun {
        tables = tables == null ? List.of() : List.copyOf(tables);
        allowances = allowances == null ? List.of() : List.copyOf(allowances);
        results = results == null ? List.of() : List.copyOf(results);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The counts of the results actually present in the file. */
    public StatusCounts counted() {
        return StatusCounts.of(results);
    }
}
