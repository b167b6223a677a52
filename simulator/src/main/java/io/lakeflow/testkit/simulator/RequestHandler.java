package io.lakeflow.testkit.simulator;

/** Answers one simulated request: a {@link Dispatcher}, a {@link CassetteReplayer} or a {@link RecordingProxy}. */
@FunctionalInterface
public interface RequestHandler {

    /** The response to {@code request}. */
    SimResponse handle(SimRequest request) throws Exception;
}
