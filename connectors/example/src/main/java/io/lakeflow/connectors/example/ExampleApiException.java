package io.lakeflow.connectors.example;

/**
 * The example API refused a request or could not be reached (after retries). The message names
 * the request (method and path, never a credential), the status and the API's own error message,
 * with a {@code Fix:} hint.
 */
public final class ExampleApiException extends RuntimeException {

    private final int status;

    /** An error for an HTTP status ({@code 0} when no response came). */
    public ExampleApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or {@code 0} when the API could not be reached. */
    public int status() {
        return status;
    }
}
