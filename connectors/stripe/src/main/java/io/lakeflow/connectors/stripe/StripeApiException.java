package io.lakeflow.connectors.stripe;

/** Stripe refused a request, or could not be reached. The message never holds the key. */
public final class StripeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    StripeApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
