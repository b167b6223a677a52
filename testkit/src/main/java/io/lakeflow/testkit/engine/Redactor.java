package io.lakeflow.testkit.engine;

import java.util.Set;

/**
 * Masks secret option values in everything the engine reports (failure messages, skip reasons,
 * stack traces of connector exceptions), so that a leak found by {@code secrets_not_leaked} is
 * not itself printed by the build.
 */
final class Redactor {

    private final Set<String> secrets;

    Redactor(Set<String> secrets) {
        this.secrets = Set.copyOf(secrets);
    }

    String text(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    /** A copy of {@code error} (class, message, stack trace, causes) with secrets masked; the same type for assertion errors. */
    Throwable throwable(Throwable error) {
        if (error == null) {
            return null;
        }
        Throwable cause = error.getCause();
        Throwable causeCopy = cause != null && cause != error ? throwable(cause) : null;
        Throwable copy = new ConnectorException(error.getClass().getName(), text(error.getMessage()), causeCopy);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** An exception thrown by the connector (or a check), re-created with secrets masked. */
    static final class ConnectorException extends RuntimeException {
        private final String originalClass;

        ConnectorException(String originalClass, String message, Throwable cause) {
            super(message, cause, false, true);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            String message = getMessage();
            return originalClass + (message == null ? "" : ": " + message);
        }
    }
}
