package io.lakeflow.reports.results;

/**
 * How many results passed, failed and were skipped.
 *
 * @param passed  passed results
 * @param failed  failed results
 * @param skipped skipped results
 */
public record StatusCounts(int passed, int failed, int skipped) {

    /** Counts {@code results} by status. */
    public static StatusCounts of(java.util.List<CheckOutcome> results) {
        int pass = 0;
        int fail = 0;
        int skip = 0;
        for (CheckOutcome r : results) {
            switch (r.status()) {
                case PASS -> pass++;
                case FAIL -> fail++;
                case SKIP -> skip++;
                default -> throw new IllegalStateException("unhandled status " + r.status());
            }
        }
        return new StatusCounts(pass, fail, skip);
    }

    /** All results. */
    public int total() {
        return passed + failed + skipped;
    }
}
