package io.lakeflow.testkit.simulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/** Draws the fault of each request from a {@link FaultPlan}, in arrival order, and counts them. */
public final class FaultInjector {

    private final FaultPlan plan;
    private final Random random;
    private final Map<Fault, Long> counts = new EnumMap<>(Fault.class);

    /** An injector following {@code plan}. */
    public FaultInjector(FaultPlan plan) {
        this.plan = plan;
        this.random = new Random(plan.seed());
    }

    /** The plan. */
    public FaultPlan plan() {
        return plan;
    }

    /** The fault for the next request. */
    public synchronized Fault next() {
        Fault fault = Fault.NONE;
        if (plan.isActive()) {
            double r = random.nextDouble();
            double[] rates = {plan.rateLimited(), plan.serverError(), plan.unavailable(), plan.slow(),
                    plan.connectionReset(), plan.truncatedBody()};
            Fault[] kinds = {Fault.RATE_LIMITED, Fault.SERVER_ERROR, Fault.UNAVAILABLE, Fault.SLOW,
                    Fault.CONNECTION_RESET, Fault.TRUNCATED_BODY};
            double edge = 0;
            for (int i = 0; i < rates.length; i++) {
                edge += rates[i];
                if (r < edge) {
                    fault = kinds[i];
                    break;
                }
            }
        }
        counts.merge(fault, 1L, Long::sum);
        return fault;
    }

    /** How many requests got each fault so far. */
    public synchronized Map<Fault, Long> counts() {
        return new EnumMap<>(counts);
    }
}
