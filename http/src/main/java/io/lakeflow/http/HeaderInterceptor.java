package io.lakeflow.http;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets fixed, non-secret headers on every request, e.g. {@code Stripe-Version} or {@code Accept}.
 * A header of the same name already on the request is replaced. For credentials use
 * {@link AuthInterceptor}, whose {@code toString()} hides the value; this one shows names only too.
 */
public final class HeaderInterceptor implements Interceptor {

    private final Map<String, String> headers;

    /**
     * @param headers name to value, sent in this order
     * @throws IllegalArgumentException when a name is blank or a value null
     */
    public HeaderInterceptor(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("A fixed header needs a name and a value, got name '" + name
                        + "' with " + (value == null ? "no value" : "a value") + ". Fix: drop the entry or give both.");
            }
            copy.put(name, value);
        });
        this.headers = Collections.unmodifiableMap(copy);
    }

    /** One fixed header. */
    public static HeaderInterceptor of(String name, String value) {
        return new HeaderInterceptor(Map.of(name, value));
    }

    /** Adds the headers, then proceeds. */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder();
        headers.forEach(request::header);
        return chain.proceed(request.build());
    }

    /** The header names only. */
    @Override
    public String toString() {
        return "HeaderInterceptor{" + headers.keySet() + "}";
    }
}
