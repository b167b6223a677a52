package io.lakeflow.testkit.checks;

import org.opentest4j.AssertionFailedError;

/**
 * A violated rule, reported as a failed test. The message reads
 * {@code [subject] check_id: expected ...; seen .... Fix: ...}, where the subject is the table
 * (or the connector's name for connector-level checks).
 */
public final class CheckFailure extends AssertionFailedError {

    /** A failure with an already formatted message. */
    public CheckFailure(String message) {
        super(message);
    }

    /** A failure with an already formatted message, caused by {@code cause} (e.g. the connector's exception). */
    public CheckFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Formats one problem: {@code [subject] checkId: expected <expected>; seen <seen>. Fix: <fix>}. */
    public static String format(String subject, String checkId, String expected, String seen, String fix) {
        return "[" + subject + "] " + checkId + ": expected " + expected + "; seen " + seen + ". Fix: " + fix;
    }
}
