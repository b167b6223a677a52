package io.lakeflow.connectors.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.connect.Offset;
import io.lakeflow.testkit.simulator.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Under seeded faults (one request in five: 429/503 with Retry-After, 500, resets, cut-off bodies) reads are unchanged. */
class FaultToleranceTest {

    @Test
    void faultsLoseAndDuplicateNothing() throws Exception {
        List<Object> steady = readAll(new StripeSimulator.Steady());
        try (StripeSimulator faulty = new StripeSimulator.Stormy()) {
            Map<String, String> options = faulty.start();
            List<Object> underFaults = readAll(options);
            assertThat(underFaults).isEqualTo(steady);
            Map<Fault, Long> counts = faulty.server().faults().counts();
            assertThat(counts.keySet()).contains(Fault.RATE_LIMITED, Fault.UNAVAILABLE, Fault.SERVER_ERROR);
        }
    }

    @Test
    void retryAfterIsWaitedFor() throws Exception {
        StripeSimulator limited = new StripeSimulator() {
            @Override
            protected io.lakeflow.testkit.simulator.FaultPlan faults() {
                return io.lakeflow.testkit.simulator.FaultPlan.seeded(3).withRateLimited(0.3).withRetryAfterSeconds(1);
            }
        };
        try (limited) {
            Map<String, String> options = new java.util.HashMap<>(limited.start());
            options.put(StripeOptions.MAX_RETRY_WAIT_SECONDS, "5");
            long t0 = System.nanoTime();
            try (StripeConnector connector = new StripeConnector(options)) {
                StripeConnectorTest.drain(connector, "customers", Offset.empty(), false);
            }
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            long limitedCount = limited.server().faults().counts().getOrDefault(Fault.RATE_LIMITED, 0L);
            assertThat(limitedCount).isPositive();
            assertThat(elapsedMs).isGreaterThanOrEqualTo(limitedCount * 1000 - 50);
        }
    }

    private static List<Object> readAll(StripeSimulator sim) throws Exception {
        try (sim) {
            return readAll(sim.start());
        }
    }

    private static List<Object> readAll(Map<String, String> options) {
        List<Object> ids = new ArrayList<>();
        try (StripeConnector connector = new StripeConnector(options)) {
            for (String table : List.of("customers", "charges", "invoices", "events", "balance_transactions")) {
                StripeConnectorTest.drain(connector, table, Offset.empty(), false).records()
                        .forEach(r -> ids.add(table + "/" + r.get("id")));
            }
        }
        return ids;
    }
}
