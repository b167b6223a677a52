package io.lakeflow.testkit.checks;

/**
 * One conformance rule, run by the engine for the connector, for each table, or both
 * ({@link #scope()}).
 *
 * <p>{@link #run} passes by returning normally, fails by throwing {@link CheckFailure} (or by
 * recording problems with {@link CheckContext#problem}), and is skipped by throwing
 * {@link org.opentest4j.TestAbortedException} with the reason. The engine runs it on a worker
 * thread with a time limit, and closes the connector instances it created afterwards.
 */
public interface ConformanceCheck {

    /** Stable snake_case id used in test names and reports, e.g. {@code read_terminates}. */
    String id();

    /** One line saying what the rule requires, for display names. */
    String rule();

    /** Whether the check runs once for the connector, once per table (the default), or both. */
    default CheckScope scope() {
        return CheckScope.TABLE;
    }

    /**
     * Checks the rule for {@link CheckContext#table()} (or for the connector when it is {@code null}).
     *
     * @throws Exception anything the connector throws unexpectedly; the engine reports it as a failure
     */
    void run(CheckContext context) throws Exception;
}
