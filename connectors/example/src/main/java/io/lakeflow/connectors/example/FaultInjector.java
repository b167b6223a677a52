package io.lakeflow.connectors.example;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, with a seeded probability, that a request to the example source fails the way busy
 * APIs fail: {@code 429 Too Many Requests} with a {@code Retry-After}, or {@code 503 Service
 * Unavailable} without one. A fault is decided before the request is handled, so a retried
 * write is never applied twice.
 */
final class FaultInjector {

    /** A failure to answer with. */
    record Fault(int status, Integer retryAfterSeconds) {
    }

    private final double probability;
    private final int maxRetryAfter;
    private final Random random;
    private final AtomicLong injected = new AtomicLong();

    FaultInjector(double probability, int maxRetryAfter, long seed) {
        this.probability = probability;
        this.maxRetryAfter = maxRetryAfter;
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** The fault for the next request, or {@code null} to handle it normally. */
    synchronized Fault next() {
        if (probability == 0 || random.nextDouble() >= probability) {
            return null;
        }
        injected.incrementAndGet();
        return random.nextBoolean()
                ? new Fault(429, random.nextInt(maxRetryAfter + 1))
                : new Fault(503, null);
    }

    /** How many faults were injected so far. */
    long injected() {
        return injected.get();
    }
}
