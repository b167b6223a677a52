package io.lakeflow.reports.view;

import java.time.Instant;

/**
 * One run in a connector's trend.
 *
 * @param startedAt when it started
 * @param mode      its mode
 * @param version   the connector's version
 * @param passed    passed results
 * @param failed    failed results
 * @param skipped   skipped results
 * @param current   whether it is the run the dashboard shows
 */
public record TrendPoint(Instant startedAt, String mode, String version, int passed, int failed, int skipped, boolean current) {

    /** All results. */
    public int total() {
        return passed + failed + skipped;
    }
}
