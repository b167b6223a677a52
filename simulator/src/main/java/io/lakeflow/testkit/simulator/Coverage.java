package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which endpoints a run exercised, and which requests matched none. A request that matches no endpoint
 * fails the run (see {@link SpecSimulator#close()}); endpoints never exercised are listed so a spec does
 * not silently carry dead entries.
 */
public final class Coverage {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final List<String> unmatched = new CopyOnWriteArrayList<>();

    /** Coverage over these endpoints, all at zero. */
    public Coverage(List<EndpointSpec> endpoints) {
        for (EndpointSpec e : endpoints) {
            if (hits.putIfAbsent(e.key(), new AtomicLong()) == null) {
                order.add(e.key());
            }
        }
    }

    void hit(EndpointSpec endpoint) {
        hits.get(endpoint.key()).incrementAndGet();
    }

    void unmatched(String requestLine) {
        unmatched.add(requestLine);
    }

    /** Requests that matched no endpoint, as {@code METHOD path?query}. */
    public List<String> unmatchedRequests() {
        return List.copyOf(unmatched);
    }

    /** Endpoints no request reached, as {@code METHOD path}. */
    public List<String> neverExercised() {
        return order.stream().filter(k -> hits.get(k).get() == 0).toList();
    }

    /** Requests per endpoint, in spec order. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.forEach(k -> out.put(k, hits.get(k).get()));
        return out;
    }

    /** Writes {@code {endpoints: {...}, never_exercised: [...], unmatched_requests: [...]}} to {@code file}. */
    public void writeTo(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("endpoints", counts());
        doc.put("never_exercised", neverExercised());
        doc.put("unmatched_requests", unmatchedRequests());
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), doc);
    }
}
