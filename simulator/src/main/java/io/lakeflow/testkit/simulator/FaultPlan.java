package io.lakeflow.testkit.simulator;

/**
 * Which faults to inject and how often, deterministic by seed: the same seed and the same sequence of
 * requests give the same faults. Rates are fractions of requests (0 to 1) and must add up to at most 1.
 *
 * @param seed              seed of the fault sequence
 * @param rateLimited       share answered 429
 * @param serverError       share answered 500
 * @param unavailable       share answered 503
 * @param slow              share answered after {@code slowMillis}
 * @param connectionReset   share whose connection is closed without an answer
 * @param truncatedBody     share whose body is cut off
 * @param retryAfterSeconds the {@code Retry-After} value sent with 429 and 503
 * @param slowMillis        the delay of a slow answer
 */
public record FaultPlan(long seed, double rateLimited, double serverError, double unavailable, double slow,
                        double connectionReset, double truncatedBody, int retryAfterSeconds, long slowMillis) {

    /** Validates the rates. */
    public FaultPlan {
        double total = rateLimited + serverError + unavailable + slow + connectionReset + truncatedBody;
        if (rateLimited < 0 || serverError < 0 || unavailable < 0 || slow < 0 || connectionReset < 0
                || truncatedBody < 0 || total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("Fault rates must each be at least 0 and add up to at most 1, got a total of "
                    + total + ". Fix: lower the rates.");
        }
    }

    /** No faults. */
    public static FaultPlan none() {
        return new FaultPlan(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** A plan with only this seed set; add rates with the {@code with...} methods. */
    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed, 0, 0, 0, 0, 0, 0, 1, 200);
    }

    /** The same plan with this share of 429 answers. */
    public FaultPlan withRateLimited(double rate) {
        return new FaultPlan(seed, rate, serverError, unavailable, slow, connectionReset, truncatedBody, retryAfterSeconds, slowMillis);
    }

    /** The same plan with this share of 500 answers. */
    public FaultPlan withServerError(double rate) {
        return new FaultPlan(seed, rateLimited, rate, unavailable, slow, connectionReset, truncatedBody, retryAfterSeconds, slowMillis);
    }

    /** The same plan with this share of 503 answers. */
    public FaultPlan withUnavailable(double rate) {
        return new FaultPlan(seed, rateLimited, serverError, rate, slow, connectionReset, truncatedBody, retryAfterSeconds, slowMillis);
    }

    /** The same plan with this share of slow answers, each delayed {@code millis}. */
    public FaultPlan withSlow(double rate, long millis) {
        return new FaultPlan(seed, rateLimited, serverError, unavailable, rate, connectionReset, truncatedBody, retryAfterSeconds, millis);
    }

    /** The same plan with this share of reset connections. */
    public FaultPlan withConnectionReset(double rate) {
        return new FaultPlan(seed, rateLimited, serverError, unavailable, slow, rate, truncatedBody, retryAfterSeconds, slowMillis);
    }

    /** The same plan with this share of truncated bodies. */
    public FaultPlan withTruncatedBody(double rate) {
        return new FaultPlan(seed, rateLimited, serverError, unavailable, slow, connectionReset, rate, retryAfterSeconds, slowMillis);
    }

    /** The same plan with this {@code Retry-After} value. */
    public FaultPlan withRetryAfterSeconds(int seconds) {
        return new FaultPlan(seed, rateLimited, serverError, unavailable, slow, connectionReset, truncatedBody, seconds, slowMillis);
    }

    /** Whether any fault can happen. */
    public boolean isActive() {
        return rateLimited + serverError + unavailable + slow + connectionReset + truncatedBody > 0;
    }
}
