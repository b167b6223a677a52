package io.lakeflow.connectors.stripe;

import java.time.Duration;
import java.util.Map;

/**
 * The connection options, parsed and checked.
 *
 * @param apiKey              the secret (or restricted) key; never printed
 * @param baseUrl             the API root
 * @param stripeVersion       the pinned {@code Stripe-Version}; the schemas describe this version's objects
 * @param pageSize            objects per list request, 1 to 100
 * @param maxRetries          retries of a request answered 429 or 5xx or cut off
 * @param maxRetryWait        the longest single wait between retries, whatever {@code Retry-After} asks
 * @param requestsPerSecond   the client-side rate limit
 * @param eventsWindowSeconds the span of events read in one batch
 */
public record StripeOptions(String apiKey, String baseUrl, String stripeVersion, int pageSize, int maxRetries,
                            Duration maxRetryWait, double requestsPerSecond, long eventsWindowSeconds) {

    /** Option names. */
    public static final String API_KEY = "api_key";
    public static final String BASE_URL = "base_url";
    public static final String STRIPE_VERSION = "stripe_version";
    public static final String PAGE_SIZE = "page_size";
    public static final String MAX_RETRIES = "max_retries";
    public static final String MAX_RETRY_WAIT_SECONDS = "max_retry_wait_seconds";
    public static final String REQUESTS_PER_SECOND = "requests_per_second";
    public static final String EVENTS_WINDOW_SECONDS = "events_window_seconds";

    /** The API version the table schemas were derived from. */
    public static final String DEFAULT_STRIPE_VERSION = "2023-08-16";
    /** Stripe's API root. */
    public static final String DEFAULT_BASE_URL = "https://api.stripe.com";

    /** Parses connection options; throws naming the bad option (never its value when secret). */
    public static StripeOptions parse(Map<String, String> options) {
        String key = options.get(API_KEY);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Stripe connector: option '" + API_KEY + "' is missing. Fix: pass a secret key "
                    + "(sk_test_... or sk_live_...) or a restricted key (rk_...) with read access.");
        }
        String baseUrl = options.getOrDefault(BASE_URL, DEFAULT_BASE_URL).trim();
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("Stripe connector: option '" + BASE_URL + "' must be an http(s) URL, got '"
                    + baseUrl + "'. Fix: leave it out for " + DEFAULT_BASE_URL + ".");
        }
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        int pageSize = integer(options, PAGE_SIZE, 100, 1, 100);
        int maxRetries = integer(options, MAX_RETRIES, 6, 0, 20);
        int maxWait = integer(options, MAX_RETRY_WAIT_SECONDS, 30, 0, 600);
        double rps;
        try {
            rps = Double.parseDouble(options.getOrDefault(REQUESTS_PER_SECOND, "20").trim());
        } catch (NumberFormatException e) {
            rps = -1;
        }
        if (!(rps > 0) || rps > 1000) {
            throw new IllegalArgumentException("Stripe connector: option '" + REQUESTS_PER_SECOND + "' must be a number above 0 "
                    + "and at most 1000, got '" + options.get(REQUESTS_PER_SECOND) + "'. Fix: Stripe allows about 25 reads/s "
                    + "in test mode and 100 in live mode; the default is 20.");
        }
        long window = integer(options, EVENTS_WINDOW_SECONDS, 7 * 86_400, 60, 30 * 86_400);
        String version = options.getOrDefault(STRIPE_VERSION, DEFAULT_STRIPE_VERSION).trim();
        return new StripeOptions(key.trim(), baseUrl, version, pageSize, maxRetries, Duration.ofSeconds(maxWait), rps, window);
    }

    private static int integer(Map<String, String> options, String name, int fallback, int min, int max) {
        String text = options.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Stripe connector: option '" + name + "' must be an integer from " + min + " to "
                + max + ", got '" + text + "'. Fix: correct it, or leave it out for " + fallback + ".");
    }

    @Override
    public String toString() {
        return "StripeOptions{baseUrl=" + baseUrl + ", stripeVersion=" + stripeVersion + ", pageSize=" + pageSize
                + ", maxRetries=" + maxRetries + ", maxRetryWait=" + maxRetryWait + ", requestsPerSecond=" + requestsPerSecond
                + ", eventsWindowSeconds=" + eventsWindowSeconds + ", apiKey=***}";
    }
}
