package io.lakeflow.pipeline.source;

/** A connector record that does not fit its table's schema; the message names table, field and value. */
public final class RecordMismatchException extends IllegalStateException {

    /** Wraps the converter's error with where it happened. */
    public RecordMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
