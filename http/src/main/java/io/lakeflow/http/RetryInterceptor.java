package io.lakeflow.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Repeats a request that failed in a way worth repeating, as its {@link RetryPolicy} says: a
 * {@code 429} or {@code 503} always, a {@code 500/502/504} or an I/O error (a reset connection, a
 * timeout) when the request is repeatable, a connection that could not be opened always. It waits
 * what {@code Retry-After} asks, bounded, or backs off exponentially with jitter.
 *
 * <p>When the retries are used up on a status, the last response is returned, so the caller reports
 * the status with its own advice. When they are used up on I/O errors, an {@link IOException} says
 * which request (method and path, never the query or a header) failed how many times, with the
 * last error as its cause.
 *
 * <p>A body cut off while the caller reads it happens after this interceptor has returned, out of
 * its reach. {@link #bufferingBodies(RetryPolicy)} reads each body inside the retry loop instead,
 * so such a body is retried too; use it for APIs whose answers fit in memory (JSON pages).
 *
 * <p>Add it after the auth and header interceptors and before {@link RateLimitInterceptor}, so that
 * every attempt is authenticated and counted. Thread-safe: it keeps no state between calls.
 */
public final class RetryInterceptor implements Interceptor {

    private final RetryPolicy policy;
    private final boolean bufferBodies;

    private RetryInterceptor(RetryPolicy policy, boolean bufferBodies) {
        if (policy == null) {
            throw new IllegalArgumentException("A RetryInterceptor needs a RetryPolicy, got null. Fix: RetryPolicy.of(3).");
        }
        this.policy = policy;
        this.bufferBodies = bufferBodies;
    }

    /** Retries by {@code policy}; bodies are streamed to the caller, unread here. */
    public RetryInterceptor(RetryPolicy policy) {
        this(policy, false);
    }

    /** Retries by {@code policy}, reading each body into memory inside the retry loop (see the class comment). */
    public static RetryInterceptor bufferingBodies(RetryPolicy policy) {
        return new RetryInterceptor(policy, true);
    }

    /** The policy this interceptor follows. */
    public RetryPolicy policy() {
        return policy;
    }

    /** Sends the request, repeating it as the policy allows; see the class comment for what it returns or throws. */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        int retries = policy.maxRetries();
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
                if (policy.isRetryable(response.code(), request) && attempt < retries) {
                    Duration wait = policy.retryAfter(response.header("Retry-After"), Instant.now())
                            .orElse(null);
                    wait = wait != null ? wait : jittered(attempt);
                    response.close();
                    sleep(wait);
                    continue;
                }
                return bufferBodies ? buffered(response) : response;
            } catch (IOException e) {
                boolean repeatable = RetryPolicy.isRepeatable(request) || e instanceof ConnectException;
                if (!repeatable || Thread.currentThread().isInterrupted() || retries == 0) {
                    throw e;
                }
                if (attempt >= retries) {
                    throw new IOException(request.method() + " " + request.url().encodedPath() + " failed " + (attempt + 1)
                            + " times (the first attempt and " + retries + " retries) with I/O errors; the last was "
                            + e.getClass().getSimpleName() + ". Fix: check that the server is reachable and healthy, "
                            + "or allow more retries.", e);
                }
                sleep(jittered(attempt));
            }
        }
    }

    private Duration jittered(int attempt) {
        return policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
    }

    /** {@code response} with its body read into memory; an I/O error while reading closes it and propagates. */
    private static Response buffered(Response response) throws IOException {
        ResponseBody body = response.body();
        try (body) {
            byte[] bytes = body.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    private static void sleep(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }

    /** The policy and whether bodies are buffered. */
    @Override
    public String toString() {
        return "RetryInterceptor{" + policy + (bufferBodies ? ", bufferingBodies" : "") + "}";
    }
}
