package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a {@link Cassette}: a request gets the recorded response with the same method, path, query and
 * body; several recordings of one request are served in turn (round robin). A request with no recording
 * is answered 404 and listed in {@link #misses()}.
 */
public final class CassetteReplayer implements RequestHandler {

    private final Map<String, List<Cassette.Response>> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> next = new LinkedHashMap<>();
    private final List<String> misses = new CopyOnWriteArrayList<>();

    /** A replayer of {@code cassette}. */
    public CassetteReplayer(Cassette cassette) {
        for (Cassette.Interaction i : cassette.interactions()) {
            byKey.computeIfAbsent(i.request().matchKey(), k -> new ArrayList<>()).add(i.response());
        }
    }

    /** A replayer of a class-path cassette. */
    public static CassetteReplayer fromResource(String resource) {
        return new CassetteReplayer(Cassette.fromResource(resource));
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        String body = request.body().length == 0 ? null : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
        String key = new Cassette.Request(request.method(), request.path(), new TreeMap<>(request.query()), body).matchKey();
        List<Cassette.Response> responses = byKey.get(key);
        if (responses == null) {
            misses.add(request.describe());
            return SimResponse.json(404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                    + "\"No recorded interaction for this request. Fix: record it again (mode record).\"}}");
        }
        int i = next.merge(key, 1, Integer::sum) - 1;
        Cassette.Response r = responses.get(i % responses.size());
        SimResponse response = new SimResponse(r.status(), new LinkedHashMap<>(r.headers()),
                r.body() == null ? new byte[0] : r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return response;
    }

    /** Requests that had no recording. */
    public List<String> misses() {
        return List.copyOf(misses);
    }
}
