package io.lakeflow.testkit.engine;

import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.LakeflowConnectorProvider;
import io.lakeflow.connect.TableMetadata;
import io.lakeflow.testkit.LakeflowConformance;
import io.lakeflow.testkit.TestMode;
import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.checks.CheckContext;
import io.lakeflow.testkit.checks.CheckFailure;
import io.lakeflow.testkit.checks.ConnectorUnderTest;
import io.lakeflow.testkit.checks.SuiteSettings;
import io.lakeflow.testkit.report.CheckResult;
import io.lakeflow.testkit.report.ConformanceReport;
import io.lakeflow.testkit.report.TableSummary;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs the checks of one {@link LakeflowConformance} class: sets up the mode and options (starting
 * the simulator), runs each check for each subject, and writes the result file, also when checks
 * fail or the run is cut short.
 */
final class ClassExecution {

    private final ConformanceClassDescriptor descriptor;
    private final EngineExecutionListener listener;
    private final RunConfiguration configuration;
    /** The result id under which a simulator's failure to stop cleanly is reported. */
    static final String SIMULATOR_RESULT = "simulator_stopped_cleanly";

    private final LakeflowConformance annotation;
    private Redactor redactor = new Redactor(Set.of());
    private SuiteSetup setup;
    private WriteBack writeBack;
    private ConnectorUnderTest connector;

    ClassExecution(ConformanceClassDescriptor descriptor, EngineExecutionListener listener, RunConfiguration configuration) {
        this.descriptor = descriptor;
        this.listener = listener;
        this.configuration = configuration;
        this.annotation = descriptor.annotation();
    }

    void run() {
        listener.executionStarted(descriptor);
        Instant started = Instant.now();
        Class<? extends LakeflowConnect> connectorClass = annotation.connector();
        String fallbackName = connectorClass.getSimpleName().toLowerCase(Locale.ROOT);
        TestMode mode = TestMode.LIVE;
        ConformanceReport report = null;
        Thread abortHook = null;
        TestExecutionResult outcome = TestExecutionResult.successful();
        try {
            mode = configuration.mode(annotation);
            String name = ConnectorVersions.provider(connectorClass).map(LakeflowConnectorProvider::name).orElse(fallbackName);
            report = new ConformanceReport(name, connectorClass.getName(), ConnectorVersions.versionOf(connectorClass),
                    ConnectorVersions.testkitVersion(), mode.configName(), started);
            report.allowances(RunConfiguration.allowances(annotation));
            abortHook = writeOnShutdown(report);
            setup = SuiteSetup.open(descriptor.testClass(), configuration);
            if (setup.skipReason() != null) {
                skipAll(report, setup.skipReason());
            } else {
                runChecks(settings(mode), report);
            }
        } catch (Throwable setupFailure) {
            if (setupFailure instanceof VirtualMachineError vme) {
                throw vme;
            }
            Throwable cause = setupFailure instanceof InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : setupFailure;
            if (report == null) {
                report = new ConformanceReport(fallbackName, connectorClass.getName(), "unknown",
                        ConnectorVersions.testkitVersion(), mode.configName(), started);
            }
            failAll(report, cause);
        } finally {
            closeQuietly(writeBack);
            closeQuietly(connector);
            Throwable simulatorProblem = stopSimulator(report);
            if (simulatorProblem != null) {
                outcome = TestExecutionResult.failed(simulatorProblem);
            }
            if (report != null) {
                report.finish(Instant.now());
                try {
                    report.writeTo(configuration.resultsDirectory());
                } catch (RuntimeException e) {
                    outcome = TestExecutionResult.failed(e);
                }
            }
            removeHook(abortHook);
        }
        listener.executionFinished(descriptor, outcome);
    }

    /** Creates the connector under test (and the write-back helper), then runs every selected check. */
    private void runChecks(SuiteSettings settings, ConformanceReport report) {
        String writeBackSkip = setup.writeBackSkipReason(annotation);
        String writeBackFailure = null;
        if (writeBackSkip == null) {
            try {
                writeBack = newWriteBack(annotation.writeBack(), settings.options());
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                writeBackFailure = "expected " + annotation.writeBack().getSimpleName() + " to be created with the connection "
                        + "options; seen " + CheckContext.describe(cause) + ". Fix: give it a public (Map<String, String>) "
                        + "or no-argument constructor that does not throw";
            }
        }
        connector = new ConnectorUnderTest(settings, writeBack, writeBackSkip, writeBackFailure, setup.simulator());
        redactor = new Redactor(connector.secretValues());
        report.redact(connector.secretValues());
        connector.reportSnapshot(report::toRawJson);
        for (TestDescriptor child : List.copyOf(descriptor.getChildren())) {
            new CheckExecution((CheckDescriptor) child, connector, listener, redactor, report).run();
        }
        report.tables(tables(connector));
    }

    private SuiteSettings settings(TestMode mode) {
        return new SuiteSettings(annotation.connector(), mode, setup.options(),
                RunConfiguration.tableOptions(annotation.tableOptions()), positive(annotation.sampleSize(), "sampleSize"),
                positive(annotation.maxBatches(), "maxBatches"),
                Duration.ofSeconds(positive(annotation.checkTimeoutSeconds(), "checkTimeoutSeconds")),
                RunConfiguration.allowances(annotation));
    }

    /** Writes the result file if the JVM exits while the class runs (e.g. a build timeout). */
    private Thread writeOnShutdown(ConformanceReport report) {
        Thread hook = new Thread(() -> report.writeTo(configuration.resultsDirectory()), "lakeflow-conformance-report");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static int positive(int value, String attribute) {
        if (value <= 0) {
            throw new IllegalArgumentException("expected @LakeflowConformance(" + attribute + ") > 0; seen " + value
                    + ". Fix: use a positive number or leave the default");
        }
        return value;
    }

    private static WriteBack newWriteBack(Class<? extends WriteBack> type, Map<String, String> options)
            throws ReflectiveOperationException {
        try {
            return type.getConstructor(Map.class).newInstance(Map.copyOf(options));
        } catch (NoSuchMethodException e) {
            return type.getConstructor().newInstance();
        }
    }

    private void skipAll(ConformanceReport report, String reason) {
        for (TestDescriptor child : descriptor.getChildren()) {
            CheckDescriptor check = (CheckDescriptor) child;
            listener.executionSkipped(check, reason);
            report.add(new CheckResult(check.check().id(), null, CheckResult.SKIP, reason, null, 0, 0, List.of()));
        }
    }

    private void failAll(ConformanceReport report, Throwable cause) {
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getMessage().startsWith("expected")
                ? "[" + report.connector() + "] setup: " + cause.getMessage()
                : CheckFailure.format(report.connector(), "setup", "the simulator and the connector to start",
                CheckContext.describe(cause), "see the stack trace");
        message = redactor.text(message);
        for (TestDescriptor child : descriptor.getChildren()) {
            CheckDescriptor check = (CheckDescriptor) child;
            if (report.results().stream().anyMatch(r -> r.check().equals(check.check().id()))) {
                continue;
            }
            CheckFailure failure = new CheckFailure(message, redactor.throwable(cause));
            listener.executionStarted(check);
            listener.executionFinished(check, TestExecutionResult.failed(failure));
            report.add(new CheckResult(check.check().id(), null, CheckResult.FAIL, null, message, 0, 0, List.of()));
        }
    }

    private static List<TableSummary> tables(ConnectorUnderTest connector) {
        List<TableSummary> out = new ArrayList<>();
        List<String> names;
        try {
            names = connector.tables();
        } catch (RuntimeException e) {
            return out;
        }
        if (names == null) {
            return out;
        }
        for (String name : names) {
            String type = null;
            List<String> keys = List.of();
            String cursor = null;
            List<TableSummary.Column> columns = new ArrayList<>();
            try {
                TableMetadata metadata = connector.metadata(name);
                type = metadata.ingestionType().configName();
                keys = metadata.primaryKeys();
                cursor = metadata.cursorField();
            } catch (RuntimeException ignored) {
                // metadata_valid reports it
            }
            try {
                StructType schema = connector.schema(name);
                for (StructField f : schema.fields()) {
                    columns.add(new TableSummary.Column(f.name(), f.dataType().simpleString(), f.nullable()));
                }
            } catch (RuntimeException ignored) {
                // schema_valid reports it
            }
            out.add(new TableSummary(String.valueOf(name), type, keys, cursor, columns));
        }
        return out;
    }

    /**
     * Stops the simulator. What its {@code close()} throws (a request it could not match, a
     * cassette that would hold a secret) fails the class and is reported as the result
     * {@value #SIMULATOR_RESULT}, since the checks that caused it may have passed.
     */
    private Throwable stopSimulator(ConformanceReport report) {
        if (setup == null) {
            return null;
        }
        try {
            setup.close();
            return null;
        } catch (Exception e) {
            String message = redactor.text(CheckFailure.format(report == null ? "connector" : report.connector(),
                    SIMULATOR_RESULT, "the simulator to stop cleanly after the run",
                    CheckContext.describe(e), "read the simulator's message: a request matching no endpoint means the "
                            + "connector called the API in a way the spec does not know (fix the connector or extend the spec)"));
            if (report != null) {
                report.add(new CheckResult(SIMULATOR_RESULT, null, CheckResult.FAIL, null, message, 0, 0, List.of()));
            }
            return new CheckFailure(message, redactor.throwable(e));
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is best effort; the results are what matters.
        }
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // The JVM is already shutting down: the hook writes the file.
        }
    }
}
