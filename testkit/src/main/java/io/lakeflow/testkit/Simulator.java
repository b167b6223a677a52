package io.lakeflow.testkit;

import java.util.Map;

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

    /** Stops the stand-in. */
    @Override
    void close() throws Exception;
}
