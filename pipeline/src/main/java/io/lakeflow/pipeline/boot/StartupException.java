package io.lakeflow.pipeline.boot;

/**
 * The runnable jar could not set up its class path (cache folder, connectors folder, the jar
 * itself); the message says what, where, and how to fix it. Nothing of the pipeline ran.
 */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    StartupException(String message) {
        super(message);
    }
}
