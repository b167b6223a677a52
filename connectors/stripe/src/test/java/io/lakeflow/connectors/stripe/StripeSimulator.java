package io.lakeflow.connectors.stripe;

import io.lakeflow.testkit.simulator.FaultPlan;
import io.lakeflow.testkit.simulator.SpecSimulator;
import java.util.Map;

/**
 * Stripe on loopback: {@code simulator/stripe/endpoints.yaml} (Stripe's list, retrieve and write endpoints,
 * strict parameters, 30 days of events) over {@code corpus.json} (derived from Stripe's fixtures), with about
 * 5% of requests failing (429 and 503 with {@code Retry-After: 0}, a few 500s, resets and cut-off bodies), the
 * same faults on every run. ({@link FaultToleranceTest} proves a non-zero {@code Retry-After} is waited for.)
 */
public class StripeSimulator extends SpecSimulator {

    /** The stand-in key the simulator accepts; not a real key. */
    static final String STAND_IN_KEY = "sk_test_lakeflow_simulator_standin_key";

    @Override
    protected String specResource() {
        return "simulator/stripe/endpoints.yaml";
    }

    @Override
    protected String corpusResource() {
        return "simulator/stripe/corpus.json";
    }

    @Override
    protected String standInSecret() {
        return STAND_IN_KEY;
    }

    @Override
    protected Map<String, String> options(String baseUrl, String secret) {
        // Small pages, so that every table spans several pages; a fast rate limit and short waits for CI.
        return Map.of(StripeOptions.BASE_URL, baseUrl, StripeOptions.API_KEY, secret, StripeOptions.PAGE_SIZE, "10",
                StripeOptions.REQUESTS_PER_SECOND, "500", StripeOptions.MAX_RETRY_WAIT_SECONDS, "1");
    }

    @Override
    protected String liveBaseUrl() {
        return StripeOptions.DEFAULT_BASE_URL;
    }

    @Override
    protected FaultPlan faults() {
        return FaultPlan.seeded(20260827).withRateLimited(0.025).withUnavailable(0.015).withServerError(0.005)
                .withConnectionReset(0.0025).withTruncatedBody(0.0025).withRetryAfterSeconds(0);
    }

    /** The same simulator with one request in five failing, to prove the retries on a short read. */
    public static class Stormy extends StripeSimulator {
        @Override
        protected FaultPlan faults() {
            return FaultPlan.seeded(7).withRateLimited(0.08).withUnavailable(0.05).withServerError(0.03)
                    .withConnectionReset(0.02).withTruncatedBody(0.02).withRetryAfterSeconds(0);
        }
    }

    /** The same simulator without faults, for tests that count requests or compare exact reads. */
    public static class Steady extends StripeSimulator {
        @Override
        protected FaultPlan faults() {
            return FaultPlan.none();
        }
    }
}
