package io.lakeflow.connectors.stripe;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Spaces requests (every attempt, retries included) at least {@code 1/requestsPerSecond} apart. */
final class RateLimitInterceptor implements Interceptor {

    private final long intervalNanos;
    private long next = System.nanoTime();

    RateLimitInterceptor(double requestsPerSecond) {
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the rate limit");
            }
        }
        return chain.proceed(chain.request());
    }
}
