package io.lakeflow.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults follow the seed, and each kind looks on the wire as it would from a real server. */
class FaultInjectionTest {

    static final String KEY = ItemsSimulator.KEY;

    static ItemsSimulator withFaults(FaultPlan plan) {
        return new ItemsSimulator() {
            @Override
            protected FaultPlan faults() {
                return plan;
            }
        };
    }

    private static List<Integer> statuses(FaultPlan plan, int requests) throws Exception {
        try (ItemsSimulator sim = withFaults(plan)) {
            String base = sim.start().get("base_url");
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                out.add(Http.get(base + "/v1/items?limit=1", KEY).status());
            }
            return out;
        }
    }

    @Test
    void theSameSeedGivesTheSameFaults() throws Exception {
        FaultPlan plan = FaultPlan.seeded(7).withRateLimited(0.2).withServerError(0.1).withUnavailable(0.1);
        List<Integer> first = statuses(plan, 60);
        assertThat(statuses(plan, 60)).isEqualTo(first);
        assertThat(first).contains(429, 500, 503, 200);
        assertThat(statuses(FaultPlan.seeded(8).withRateLimited(0.2).withServerError(0.1).withUnavailable(0.1), 60))
                .isNotEqualTo(first);
    }

    @Test
    void rateLimitCarriesRetryAfterAndTheApiErrorShape() throws Exception {
        try (ItemsSimulator sim = withFaults(FaultPlan.seeded(1).withRateLimited(1.0).withRetryAfterSeconds(3))) {
            Http.Reply r = Http.get(sim.start().get("base_url") + "/v1/items", KEY);
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.headers().get("Retry-After")).isEqualTo("3");
            assertThat(r.body().at("/error/type").asText()).isEqualTo("rate_limit_error");
        }
    }

    @Test
    void connectionResetFailsTheCall() throws Exception {
        try (ItemsSimulator sim = withFaults(FaultPlan.seeded(1).withConnectionReset(1.0))) {
            String base = sim.start().get("base_url");
            assertThatThrownBy(() -> Http.get(base + "/v1/items", KEY)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void truncatedBodyFailsWhileReading() throws Exception {
        try (ItemsSimulator sim = withFaults(FaultPlan.seeded(1).withTruncatedBody(1.0))) {
            String base = sim.start().get("base_url");
            assertThatThrownBy(() -> Http.get(base + "/v1/items?limit=50", KEY)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void slowAnswersAreDelayedButComplete() throws Exception {
        try (ItemsSimulator sim = withFaults(FaultPlan.seeded(1).withSlow(1.0, 150))) {
            String base = sim.start().get("base_url");
            long t0 = System.nanoTime();
            Http.Reply r = Http.get(base + "/v1/items", KEY);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.status()).isEqualTo(200);
            assertThat(ms).isGreaterThanOrEqualTo(140);
            assertThat(sim.server().faults().counts()).containsEntry(Fault.SLOW, 1L);
        }
    }

    @Test
    void ratesAboveOneAreRefused() {
        assertThatThrownBy(() -> FaultPlan.seeded(1).withRateLimited(0.7).withServerError(0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fix:");
    }
}
