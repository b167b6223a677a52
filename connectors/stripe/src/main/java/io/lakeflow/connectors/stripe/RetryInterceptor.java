package io.lakeflow.connectors.stripe;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Retries a request answered 429 or 5xx, or failed by an I/O error (including a body cut off while being
 * read: the body is read here, inside the retry loop), up to {@code maxRetries} times. It waits what
 * {@code Retry-After} asks, bounded by {@code maxWait}, else backs off exponentially from 500 ms.
 * Writes are safe to repeat because the client sends an {@code Idempotency-Key} with each.
 */
final class RetryInterceptor implements Interceptor {

    private static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private final int maxRetries;
    private final Duration maxWait;

    RetryInterceptor(int maxRetries, Duration maxWait) {
        this.maxRetries = maxRetries;
        this.maxWait = maxWait;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = buffered(chain.proceed(chain.request()));
            } catch (IOException e) {
                if (attempt >= maxRetries || Thread.currentThread().isInterrupted()) {
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

    private static Response buffered(Response response) throws IOException {
        ResponseBody body = response.body();
        try (body) {
            byte[] bytes = body.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }

    Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : min(Duration.ofSeconds(seconds), maxWait);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Duration backoff(int attempt) {
        return min(Duration.ofMillis(500L << Math.min(attempt, 16)), maxWait);
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
}
