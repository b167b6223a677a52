package io.lakeflow.testkit.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs the conformance engine on fixture classes, the way a build would, and reads the events. */
final class ConformanceRuns {

    private ConformanceRuns() {
    }

    static EngineExecutionResults run(Path resultsDir, Class<?> testClass) {
        return run(resultsDir, "simulate", selectClass(testClass));
    }

    static EngineExecutionResults run(Path resultsDir, String mode, DiscoverySelector... selectors) {
        return EngineTestKit.engine(LakeflowConformanceEngine.ID)
                .selectors(selectors)
                .configurationParameter(RunConfiguration.RESULTS_DIR_PROPERTY, resultsDir.toString())
                .configurationParameter(RunConfiguration.MODE_PROPERTY, mode)
                .execute();
    }

    /** The legacy reporting name of an event's test, e.g. {@code read_terminates[orders]}. */
    static String name(Event event) {
        return event.getTestDescriptor().getLegacyReportingName();
    }

    static Optional<Throwable> error(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable);
    }

    static String message(Event event) {
        return error(event).map(Throwable::getMessage).orElse("");
    }

    /** "name: message" of every failed test or container, for assertion messages. */
    static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream().map(e -> name(e) + ": " + message(e)).toList();
    }
}
