package io.lakeflow.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps this client under {@code requestsPerSecond}, as a token bucket holding up to {@code burst}
 * requests: a request takes a token or waits for the next one. Every attempt counts, retries
 * included, when it is added after {@link RetryInterceptor}. Thread-safe: calls from several
 * threads share the bucket and are queued in arrival order of their reservations.
 */
public final class RateLimitInterceptor implements Interceptor {

    private final double requestsPerSecond;
    private final int burst;
    private final long intervalNanos;
    /** When the next request would be due if requests came exactly at the rate; burst lets one come earlier. */
    private long theoreticalArrival;

    /** At most {@code requestsPerSecond}, no burst: requests are spaced {@code 1 / requestsPerSecond} apart. */
    public RateLimitInterceptor(double requestsPerSecond) {
        this(requestsPerSecond, 1);
    }

    /**
     * At most {@code requestsPerSecond} on average, with up to {@code burst} requests at once after a quiet spell.
     *
     * @throws IllegalArgumentException when the rate is not positive and finite or the burst below 1
     */
    public RateLimitInterceptor(double requestsPerSecond, int burst) {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond) || burst < 1) {
            throw new IllegalArgumentException("A rate limit needs requestsPerSecond > 0 and burst >= 1, got "
                    + requestsPerSecond + " and " + burst + ". Fix: pass e.g. 25 requests per second, burst 1.");
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / requestsPerSecond));
        this.theoreticalArrival = System.nanoTime();
    }

    /** Waits for a token, then proceeds. */
    @Override
    public Response intercept(Chain chain) throws IOException {
        long wait = reserve(System.nanoTime());
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

    /**
     * Takes a token at time {@code now} and returns how many nanoseconds to wait before using it
     * (the generic cell rate algorithm, equivalent to a token bucket).
     */
    synchronized long reserve(long now) {
        long arrival = Math.max(theoreticalArrival, now);
        theoreticalArrival = arrival + intervalNanos;
        return Math.max(0L, arrival - tolerance(burst, intervalNanos) - now);
    }

    private static long tolerance(int burst, long intervalNanos) {
        return (burst - 1) * intervalNanos;
    }

    /** The rate and burst. */
    @Override
    public String toString() {
        return "RateLimitInterceptor{requestsPerSecond=" + requestsPerSecond + ", burst=" + burst + "}";
    }
}
