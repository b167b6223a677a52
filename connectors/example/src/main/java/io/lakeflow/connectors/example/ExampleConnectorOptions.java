package io.lakeflow.connectors.example;

import java.net.URI;
import java.util.Map;

/**
 * The connection options of {@link ExampleConnector}, parsed and checked. Error messages name
 * the option and never repeat the token.
 *
 * @param baseUrl            {@code base_url}: the API root, or {@code null} to use the shared embedded source
 * @param token              {@code token}: the bearer token (secret); required with {@code base_url}
 * @param pageSize           {@code page_size}: records per HTTP request, 1 to {@value PageRequest#MAX_LIMIT}
 * @param maxRecordsPerBatch {@code max_records_per_batch}: records per {@code readTable} call, at least 1
 * @param maxRetries         {@code max_retries}: retries of a request answered 429 or 5xx, 0 to 20
 */
public record ExampleConnectorOptions(String baseUrl, String token, int pageSize, int maxRecordsPerBatch,
                                      int maxRetries) {

    /** Option names. */
    public static final String BASE_URL = "base_url";
    /** The secret option. */
    public static final String TOKEN = "token";
    /** Records per HTTP request. */
    public static final String PAGE_SIZE = "page_size";
    /** Records per batch. */
    public static final String MAX_RECORDS_PER_BATCH = "max_records_per_batch";
    /** Retries per request. */
    public static final String MAX_RETRIES = "max_retries";

    /**
     * Parses {@code options}; options not listed above are ignored (the pipeline may pass its own).
     *
     * @throws IllegalArgumentException naming the option, for a missing or malformed value
     */
    public static ExampleConnectorOptions parse(Map<String, String> options) {
        if (options == null) {
            throw new IllegalArgumentException("The example connector's options must not be null; pass an empty map "
                    + "to use the embedded source.");
        }
        String baseUrl = blankToNull(options.get(BASE_URL));
        String token = blankToNull(options.get(TOKEN));
        if (baseUrl != null) {
            checkUrl(baseUrl);
            if (token == null) {
                throw new IllegalArgumentException("Option 'token' is required when 'base_url' is given. "
                        + "Fix: pass the API's bearer token as 'token'.");
            }
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        return new ExampleConnectorOptions(baseUrl, token,
                integer(options, PAGE_SIZE, 50, 1, PageRequest.MAX_LIMIT),
                integer(options, MAX_RECORDS_PER_BATCH, 200, 1, Integer.MAX_VALUE),
                integer(options, MAX_RETRIES, 5, 0, 20));
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "{base_url=" + (baseUrl == null ? "(embedded)" : baseUrl) + ", token=" + (token == null ? "(none)" : "***")
                + ", page_size=" + pageSize + ", max_records_per_batch=" + maxRecordsPerBatch
                + ", max_retries=" + maxRetries + "}";
    }

    private static void checkUrl(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("Option 'base_url' must be an http(s) URL such as http://127.0.0.1:8080, got '"
                + baseUrl + "'. Fix: pass the API root, or leave 'base_url' out to use the embedded source.");
    }

    private static int integer(Map<String, String> options, String name, int fallback, int min, int max) {
        String text = blankToNull(options.get(name));
        if (text == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            value = Integer.MIN_VALUE;
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("Option '" + name + "' must be an integer from " + min + " to " + max
                    + ", got '" + text + "'. Fix: leave it out for the default, " + fallback + ".");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
