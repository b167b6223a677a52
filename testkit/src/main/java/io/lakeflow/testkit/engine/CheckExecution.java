package io.lakeflow.testkit.engine;

import io.lakeflow.testkit.checks.CheckContext;
import io.lakeflow.testkit.checks.CheckFailure;
import io.lakeflow.testkit.checks.ConformanceCheck;
import io.lakeflow.testkit.checks.ConnectorUnderTest;
import io.lakeflow.testkit.report.CheckResult;
import io.lakeflow.testkit.report.ConformanceReport;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;

/** Runs one check's container: registers a test per subject, runs each, reports each. */
final class CheckExecution {

    private final CheckDescriptor descriptor;
    private final ConnectorUnderTest connector;
    private final EngineExecutionListener listener;
    private final Redactor redactor;
    private final ConformanceReport report;

    CheckExecution(CheckDescriptor descriptor, ConnectorUnderTest connector,
                   EngineExecutionListener listener, Redactor redactor, ConformanceReport report) {
        this.descriptor = descriptor;
        this.connector = connector;
        this.listener = listener;
        this.redactor = redactor;
        this.report = report;
    }

    void run() {
        ConformanceCheck check = descriptor.check();
        listener.executionStarted(descriptor);
        TestExecutionResult containerResult = TestExecutionResult.successful();
        if (check.scope().includesConnector() && descriptor.selected(null)) {
            runSubject(SubjectDescriptor.forConnector(descriptor, connector.name()), null);
        }
        if (check.scope().includesTables()) {
            List<String> tables = null;
            try {
                tables = connector.tables();
                if (tables == null) {
                    throw new IllegalStateException("listTables returned null");
                }
            } catch (RuntimeException e) {
                String message = redactor.text(CheckFailure.format(connector.name(), check.id(), "listTables to succeed",
                        CheckContext.describe(e), "see list_tables; per-table checks need the tables"));
                CheckFailure failure = new CheckFailure(message, redactor.throwable(e));
                containerResult = TestExecutionResult.failed(failure);
                report.add(new CheckResult(check.id(), null, CheckResult.FAIL, null, message, 0, 0, List.of()));
            }
            if (tables != null) {
                for (String table : new LinkedHashSet<>(tables)) {
                    if (table != null && descriptor.selected(table)) {
                        runSubject(SubjectDescriptor.forTable(descriptor, table), table);
                    }
                }
            }
        }
        listener.executionFinished(descriptor, containerResult);
    }

    private void runSubject(SubjectDescriptor subject, String table) {
        descriptor.addChild(subject);
        listener.dynamicTestRegistered(subject);
        listener.executionStarted(subject);
        CheckContext context = new CheckContext(descriptor.check(), connector, table);
        long start = System.nanoTime();
        CheckRunner.Outcome outcome = CheckRunner.run(descriptor.check(), context,
                connector.settings().checkTimeout(), redactor);
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        List<String> notes = context.notes().stream().map(redactor::text).toList();
        if (!notes.isEmpty()) {
            listener.reportingEntryPublished(subject, ReportEntry.from("notes", String.join("; ", notes)));
        }
        report.add(new CheckResult(descriptor.check().id(), table, outcome.status(), outcome.reason(),
                outcome.status().equals(CheckResult.FAIL) ? outcome.error().getMessage() : null,
                durationMs, context.recordsRead(), notes));
        TestExecutionResult result = switch (outcome.status()) {
            case CheckResult.PASS -> TestExecutionResult.successful();
            case CheckResult.SKIP -> TestExecutionResult.aborted(outcome.error());
            default -> TestExecutionResult.failed(outcome.error());
        };
        listener.executionFinished(subject, result);
    }
}
