package io.lakeflow.testkit.simulator;

/** One kind of failure the simulator can inject into a response. */
public enum Fault {
    /** No fault: the request is answered normally. */
    NONE,
    /** 429 with a {@code Retry-After} header; the request is not processed. */
    RATE_LIMITED,
    /** 500; the request is not processed. */
    SERVER_ERROR,
    /** 503 with a {@code Retry-After} header; the request is not processed. */
    UNAVAILABLE,
    /** The normal answer, after a delay. */
    SLOW,
    /** The connection is closed before any response; the request is not processed. */
    CONNECTION_RESET,
    /** The request is processed, but the body is cut off half way and the connection closed. */
    TRUNCATED_BODY
}
