package io.lakeflow.connectors.example;

import io.lakeflow.testkit.Simulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conformance suite's stand-in for the example API: a real {@link ExampleSourceServer} on
 * loopback that fails about one request in twenty with 429 or 503, so the suite also proves the
 * connector's retries.
 */
public class ExampleSimulator implements Simulator {

    /** The share of requests answered 429 or 503. */
    static final double FAULTS = 0.05;

    private ExampleSourceServer server;

    @Override
    public Map<String, String> start() {
        server = ExampleSourceServer.start(ExampleServerConfig.builder()
                .seed(7).token("simulator-token").faultProbability(FAULTS).build());
        return Map.of("base_url", server.baseUrl(), "token", server.token());
    }

    /** The server's current rows: the ground truth of the suite's {@code read_complete} check. */
    @Override
    public Optional<List<Map<String, Object>>> expectedRecords(String table) {
        return Optional.of(server.rows(table));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
