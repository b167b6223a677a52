package io.lakeflow.testkit.checks;

/** What a {@link ConformanceCheck} runs for. */
public enum CheckScope {
    /** Once, for the connector as a whole (e.g. {@code list_tables}). */
    CONNECTOR,
    /** Once for each table the connector lists. */
    TABLE,
    /** Once for the connector, then once for each table. */
    CONNECTOR_AND_TABLES;

    /** Whether a connector-level run is part of this scope. */
    public boolean includesConnector() {
        return this != TABLE;
    }

    /** Whether per-table runs are part of this scope. */
    public boolean includesTables() {
        return this != CONNECTOR;
    }
}
