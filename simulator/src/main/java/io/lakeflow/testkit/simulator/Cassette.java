package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recorded exchanges with a live API, as JSON:
 * {@code {version: 1, source, interactions: [{request: {method, path, query, body}, response: {status, headers, body}}]}}.
 * Written only through a {@link Scrubber}; served by {@link CassetteReplayer}.
 *
 * @param version      format version, 1
 * @param source       the API's name
 * @param interactions the exchanges in recording order
 */
public record Cassette(int version, String source, List<Interaction> interactions) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One recorded request. Query values are kept per name, names sorted. */
    public record Request(String method, String path, Map<String, List<String>> query, String body) {

        /** The key a replay matches on: method, path, sorted query and body. */
        public String matchKey() {
            return method + " " + path + "?" + QueryString.encode(new TreeMap<>(query)) + " " + (body == null ? "" : body);
        }
    }

    /** One recorded response. */
    public record Response(int status, Map<String, String> headers, String body) {
    }

    /** A recorded exchange. */
    public record Interaction(Request request, Response response) {
    }

    /** An empty cassette for {@code source}. */
    public static Cassette empty(String source) {
        return new Cassette(1, source, new ArrayList<>());
    }

    /** Reads a cassette file. */
    public static Cassette read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Cassette.class);
    }

    /** Reads a cassette from the class path. */
    public static Cassette fromResource(String resource) {
        try (InputStream in = Cassette.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Cassette '" + resource + "' is not on the class path. "
                        + "Fix: record it (mode record) and copy it under src/test/resources/" + resource + ".");
            }
            return JSON.readValue(in, Cassette.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cassette '" + resource + "' is not valid: " + e.getMessage(), e);
        }
    }

    /** The cassette as JSON text. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write cassette: " + e.getMessage(), e);
        }
    }

    /** Writes the JSON text to {@code file}, creating folders. */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, toJson());
    }
}
