package io.lakeflow.reports.runner;

/** The run could not start: a class is missing, the class path is wrong, or the compiler is absent. */
public final class CertifyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With a message saying what was expected, what was seen, and a {@code Fix:} hint. */
    public CertifyException(String message) {
        super(message);
    }

    /** With a message and the cause. */
    public CertifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
