package io.lakeflow.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A local stand-in for the source, used in {@link TestMode#SIMULATE} mode: a real server (HTTP
 * on loopback, an embedded database) that the connector talks to as it would to the real one.
 * A connector's tests name it in {@link LakeflowConformance#simulator()}.
 *
 * <p>An implementation has a public no-argument constructor. The suite starts it once per test
 * class before any connector is created, passes the returned options to every connector and
 * {@link WriteBack} instance, and closes it at the end.
 */
public interface Simulator extends AutoCloseable {

    /**
     * Starts the stand-in and returns the connection options a connector needs to reach it
     * (e.g. {@code base_url} and a test credential).
     */
    Map<String, String> start() throws Exception;

    /**
     * What the source holds in {@code table} now: every record a complete read must return (at
     * least each record's primary keys; whole records for tables without keys), for the
     * {@code read_complete} check, which compares a full read against it. This is the ground
     * truth that catches a connector which loses the same rows on every read (e.g. rows sharing
     * a cursor value at a page boundary), which no comparison of the connector with itself can.
     *
     * <p>Called while no write is in flight. The default says the simulator cannot tell
     * ({@link Optional#empty()}); the check is then skipped with that reason.
     */
    default Optional<List<Map<String, Object>>> expectedRecords(String table) {
        return Optional.empty();
    }

    /** Stops the stand-in. */
    @Override
    void close() throws Exception;
}
