package io.lakeflow.connectors.example;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Retries a request answered {@code 429} or {@code 500/502/503/504}, or failed by an I/O error,
 * up to {@code maxRetries} times. It waits what the server asks in {@code Retry-After} (seconds),
 * bounded by {@code maxWait}; without that header, an exponential backoff from
 * {@code initialBackoff}, doubling, bounded by {@code maxWait} too. When the retries are used up
 * it returns the last response (or rethrows the last I/O error), so the caller reports it.
 *
 * <p>Only safe to put in front of requests that can be repeated: reads, or writes a server
 * refuses before applying them (as 429 and 503 do).
 */
public final class RetryInterceptor implements Interceptor {

    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxWait;

    /**
     * @param maxRetries     retries after the first attempt, at least 0
     * @param initialBackoff the first wait when the server gives no {@code Retry-After}
     * @param maxWait        the longest single wait, whatever the server asks
     */
    public RetryInterceptor(int maxRetries, Duration initialBackoff, Duration maxWait) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxWait = maxWait;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException e) {
                if (attempt >= maxRetries || e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                sleep(backoff(attempt));
                continue;
            }
            if (!RETRYABLE.contains(response.code()) || attempt >= maxRetries) {
                return response;
            }
            Duration wait = retryAfter(response.header("Retry-After"));
            response.close();
            sleep(wait != null ? wait : backoff(attempt));
        }
    }

    /** The wait a {@code Retry-After} header asks for, bounded; {@code null} when absent or not a number of seconds. */
    Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : min(Duration.ofSeconds(seconds), maxWait);
        } catch (NumberFormatException e) {
            return null;   // an HTTP date: fall back to our own backoff
        }
    }

    /** {@code initialBackoff * 2^attempt}, bounded by {@code maxWait}. */
    Duration backoff(int attempt) {
        return min(initialBackoff.multipliedBy(1L << Math.min(attempt, 20)), maxWait);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) throws IOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }

    @Override
    public String toString() {
        return "RetryInterceptor{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxWait=" + maxWait + "}";
    }
}
