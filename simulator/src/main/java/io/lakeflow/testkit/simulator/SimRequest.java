package io.lakeflow.testkit.simulator;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the simulator sees it.
 *
 * @param method  upper-case method
 * @param path    the decoded path, without query
 * @param query   query parameters in order, each with all its values
 * @param headers request headers, names lower case
 * @param body    the raw body (empty when none)
 * @param baseUrl scheme, host and port the client used, for links the response carries
 */
public record SimRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                         byte[] body, String baseUrl) {

    /** The last value of a query parameter, or null. */
    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** A header value (name case-insensitive), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code GET /v1/customers?limit=3}, for messages. */
    public String describe() {
        StringBuilder s = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            s.append('?').append(QueryString.encode(query));
        }
        return s.toString();
    }
}
