package io.lakeflow.testkit.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Forwards each request to the live API and appends the exchange, scrubbed by a {@link Scrubber}, to a
 * {@link Cassette}. Put it behind a {@link SimulatorServer} and point the connector at the server: the
 * connector's own credentials pass through to the live API but are never recorded.
 * {@link #save(Path)} refuses to write when a configured secret survived scrubbing.
 */
public final class RecordingProxy implements RequestHandler {

    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "accept-encoding",
            "transfer-encoding");

    private final HttpUrl upstream;
    private final OkHttpClient client;
    private final Scrubber scrubber;
    private final Cassette cassette;

    /**
     * @param upstream the live API's base URL
     * @param source   the API's name, stored in the cassette
     * @param scrubber what to remove before recording
     */
    public RecordingProxy(String upstream, String source, Scrubber scrubber) {
        this.upstream = HttpUrl.get(upstream);
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        this.scrubber = scrubber;
        this.cassette = Cassette.empty(source);
    }

    @Override
    public SimResponse handle(SimRequest request) throws IOException {
        HttpUrl.Builder url = upstream.newBuilder().encodedPath(request.path());
        request.query().forEach((k, values) -> values.forEach(v -> url.addQueryParameter(k, v)));
        Headers.Builder headers = new Headers.Builder();
        request.headers().forEach((k, v) -> {
            if (!HOP_HEADERS.contains(k)) {
                headers.add(k, v);
            }
        });
        String contentType = request.header("Content-Type");
        RequestBody body = request.method().equals("GET") || request.method().equals("HEAD") ? null
                : RequestBody.create(request.body(), contentType == null ? null : MediaType.parse(contentType));
        Request live = new Request.Builder().url(url.build()).headers(headers.build()).method(request.method(), body).build();
        try (Response response = client.newCall(live).execute()) {
            byte[] bytes = response.body().bytes();
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().names().forEach(n -> responseHeaders.put(n, response.header(n)));
            String requestBody = request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8);
            synchronized (cassette) {
                cassette.interactions().add(new Cassette.Interaction(
                        scrubber.request(request.method(), request.path(), request.query(), requestBody, contentType),
                        scrubber.response(response.code(), responseHeaders, new String(bytes, StandardCharsets.UTF_8))));
            }
            Map<String, String> out = new LinkedHashMap<>();
            String type = response.header("Content-Type");
            if (type != null) {
                out.put("Content-Type", type);
            }
            for (String name : List.of("Retry-After", "Link")) {
                if (response.header(name) != null) {
                    out.put(name, response.header(name));
                }
            }
            return new SimResponse(response.code(), out, bytes);
        }
    }

    /** The exchanges recorded so far. */
    public Cassette cassette() {
        return cassette;
    }

    /** Checks the cassette for surviving secrets, then writes it. */
    public void save(Path file) throws IOException {
        synchronized (cassette) {
            scrubber.check(cassette);
            cassette.write(file);
        }
    }
}
