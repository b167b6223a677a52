package io.lakeflow.devkit.skeleton;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one test class through the JUnit Platform, as Surefire would, and prints one line per finished test:
 * {@code RESULT<TAB>name<TAB>SUCCESSFUL|FAILED|ABORTED|SKIPPED<TAB>first line of the message}. The generator
 * tests start it in a child JVM whose class path holds a freshly generated and compiled module.
 */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    /** @param args the test class's name */
    public static void main(String[] args) throws Exception {
        Class<?> testClass = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
                            print(id, result.getStatus().name(), message);
                        }
                    }

                    @Override
                    public void executionSkipped(TestIdentifier id, String reason) {
                        print(id, "SKIPPED", reason);
                    }
                });
        System.out.flush();
    }

    private static void print(TestIdentifier id, String status, String message) {
        System.out.println("RESULT\t" + id.getLegacyReportingName() + "\t" + status + "\t"
                + message.replace('\n', ' ').replace('\t', ' '));
    }
}
