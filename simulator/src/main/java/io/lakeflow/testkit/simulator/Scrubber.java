package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and personal data from exchanges before they are written to a {@link Cassette}:
 * request headers are not kept at all (so no {@code Authorization} or cookie), response headers only
 * from a short safe list, query and body values whose names look secret ({@code *token}, {@code *key},
 * {@code *secret}, {@code password}, ...) become {@code REDACTED}, e-mail addresses become
 * {@code user-<hash>@example.invalid} (the same address always maps to the same stand-in) and phone
 * fields are blanked. As a last guard {@link #check} refuses a cassette that still contains one of the
 * configured secret values.
 */
public final class Scrubber {

    /** What replaces a secret value. */
    public static final String REDACTED = "REDACTED";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Set<String> SAFE_RESPONSE_HEADERS = Set.of("content-type", "link", "retry-after",
            "stripe-version", "x-total-count", "x-ratelimit-remaining", "idempotent-replayed");

    private final List<String> secrets;

    /** A scrubber that also refuses any of these literal values (e.g. the API key used for recording). */
    public Scrubber(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    /** Whether a parameter or field name looks like it holds a secret. */
    public static boolean looksSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace("[", "").replace("]", "");
        return n.endsWith("token") || n.endsWith("key") || n.endsWith("secret") || n.contains("password")
                || n.equals("authorization") || n.contains("credential") || n.equals("clientsecret");
    }

    /** A scrubbed copy of a request. */
    public Cassette.Request request(String method, String path, Map<String, List<String>> query, String body,
                                    String contentType) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.forEach((k, v) -> q.put(k, looksSecret(k) ? List.of(REDACTED) : v.stream().map(this::text).toList()));
        return new Cassette.Request(method, path, q, body(body, contentType));
    }

    /** A scrubbed copy of a response. */
    public Cassette.Response response(int status, Map<String, String> headers, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (SAFE_RESPONSE_HEADERS.contains(k.toLowerCase(Locale.ROOT))) {
                h.put(k, text(v));
            }
        });
        return new Cassette.Response(status, h, body(body, headers.getOrDefault("Content-Type", "application/json")));
    }

    /**
     * Throws when the cassette text still holds a configured secret. The message names the interaction,
     * never the value.
     */
    public void check(Cassette cassette) {
        for (int i = 0; i < cassette.interactions().size(); i++) {
            String json = JSON.valueToTree(cassette.interactions().get(i)).toString();
            for (String secret : secrets) {
                if (json.contains(secret)) {
                    var req = cassette.interactions().get(i).request();
                    throw new IllegalStateException("A configured secret would be written to the cassette (interaction "
                            + i + ": " + req.method() + " " + req.path() + "); nothing was written. Fix: add the field "
                            + "that carries it to the scrubber's rules, or do not echo credentials in responses.");
                }
            }
        }
    }

    private String body(String body, String contentType) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || body.startsWith("{") || body.startsWith("[")) {
            try {
                Object tree = JSON.readValue(body, Object.class);
                return JSON.writeValueAsString(scrubValue(null, tree));
            } catch (java.io.IOException e) {
                return text(body);
            }
        }
        if (type.contains("x-www-form-urlencoded")) {
            Map<String, List<String>> form = QueryString.parse(body);
            Map<String, List<String>> out = new LinkedHashMap<>();
            form.forEach((k, v) -> out.put(k, looksSecret(k) || isPhone(k) ? List.of(REDACTED) : v.stream().map(this::text).toList()));
            return QueryString.encode(out);
        }
        return text(body);
    }

    private Object scrubValue(String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), scrubValue(k.toString(), v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(scrubValue(name, v)));
            return out;
        }
        if (value instanceof String s) {
            if (name != null && (looksSecret(name) || isPhone(name))) {
                return REDACTED;
            }
            return text(s);
        }
        return value;
    }

    private static boolean isPhone(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("phone") || n.endsWith("phone") || n.endsWith("phone]");
    }

    /** Replaces e-mail addresses in free text. */
    String text(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = EMAIL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String stand = "user-" + Integer.toHexString(m.group().toLowerCase(Locale.ROOT).hashCode()) + "@example.invalid";
            m.appendReplacement(out, Matcher.quoteReplacement(stand));
        }
        m.appendTail(out);
        return out.toString();
    }
}
