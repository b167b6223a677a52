package io.lakeflow.testkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response produced by the simulator.
 *
 * @param status  status code
 * @param headers response headers
 * @param body    body bytes
 */
public record SimResponse(int status, Map<String, String> headers, byte[] body) {

    /** A JSON response. */
    public static SimResponse json(int status, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new SimResponse(status, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The same response with one more header. */
    public SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, copy, body);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
