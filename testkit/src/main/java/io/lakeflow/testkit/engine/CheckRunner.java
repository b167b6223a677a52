package io.lakeflow.testkit.engine;

import io.lakeflow.testkit.checks.CheckContext;
import io.lakeflow.testkit.checks.CheckFailure;
import io.lakeflow.testkit.checks.ConformanceCheck;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.TestAbortedException;

/**
 * Runs one check for one subject on a worker thread with a time limit, so that a read that
 * never returns fails its check instead of hanging the build, and turns the outcome into pass,
 * fail or skip.
 */
final class CheckRunner {

    /** How a run ended. */
    record Outcome(String status, Throwable error, String reason) {
        static Outcome pass() {
            return new Outcome("pass", null, null);
        }
    }

    private CheckRunner() {
    }

    static Outcome run(ConformanceCheck check, CheckContext context, Duration timeout, Redactor redactor) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            check.run(context);
            context.throwProblems();
            return null;
        });
        Thread worker = new Thread(task, "lakeflow-check-" + check.id() + "-" + context.subject());
        worker.setDaemon(true);
        worker.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        worker.start();
        try {
            task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.pass();
        } catch (TimeoutException e) {
            String where = stackOf(worker);
            task.cancel(true);
            CheckFailure failure = new CheckFailure(CheckFailure.format(context.subject(), check.id(),
                    "the check to finish within " + timeout.toSeconds() + " s", "still running (a read that never returns?)"
                            + where, "make every call return or time out (HTTP client timeouts), or raise "
                            + "@LakeflowConformance(checkTimeoutSeconds = ...)"));
            return new Outcome("fail", failure, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            return new Outcome("fail", new CheckFailure("[" + context.subject() + "] " + check.id() + ": interrupted"), null);
        } catch (ExecutionException e) {
            return outcome(check, context, e.getCause(), redactor);
        } finally {
            context.closeInstances();
        }
    }

    private static Outcome outcome(ConformanceCheck check, CheckContext context, Throwable cause, Redactor redactor) {
        if (cause instanceof TestAbortedException aborted) {
            String reason = redactor.text(aborted.getMessage());
            return new Outcome("skip", new TestAbortedException(reason), reason);
        }
        if (cause instanceof CheckFailure failure) {
            CheckFailure clean = new CheckFailure(redactor.text(failure.getMessage()));
            clean.setStackTrace(new StackTraceElement[0]);
            return new Outcome("fail", clean, null);
        }
        StackTraceElement where = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
        CheckFailure failure = new CheckFailure(redactor.text(CheckFailure.format(context.subject(), check.id(),
                "no exception from the connector", CheckContext.describe(cause) + (where == null ? "" : " at " + where),
                "see the stack trace below; a connector should throw IllegalArgumentException for bad input only")),
                redactor.throwable(cause));
        return new Outcome("fail", failure, null);
    }

    private static String stackOf(Thread worker) {
        StackTraceElement[] stack = worker.getStackTrace();
        for (StackTraceElement e : stack) {
            if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("jdk.")
                    && !e.getClassName().startsWith("sun.")) {
                return " in " + e;
            }
        }
        return stack.length > 0 ? " in " + stack[0] : "";
    }
}
