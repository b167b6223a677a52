package io.lakeflow.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sets one credential header on every request: {@code Authorization: Bearer <token>},
 * {@code Authorization: Basic <user:password>}, or an API key in a header of the API's choosing.
 * Kept apart from the client so that a connector for another scheme swaps only this.
 * Its {@link #toString()} names the scheme and header, never the credential.
 */
public final class AuthInterceptor implements Interceptor {

    private final String scheme;
    private final String headerName;
    private final String headerValue;

    private AuthInterceptor(String scheme, String headerName, String headerValue) {
        this.scheme = scheme;
        this.headerName = headerName;
        this.headerValue = headerValue;
    }

    /**
     * Sends {@code Authorization: Bearer <token>}.
     *
     * @throws IllegalArgumentException when the token is null or blank
     */
    public static AuthInterceptor bearer(String token) {
        return new AuthInterceptor("bearer", "Authorization", "Bearer " + required(token, "A bearer token"));
    }

    /**
     * Sends {@code Authorization: Basic base64(user:password)} (UTF-8); the password may be empty,
     * as some APIs take a key as the user name and nothing else.
     *
     * @throws IllegalArgumentException when the user is null or blank, or the password null
     */
    public static AuthInterceptor basic(String user, String password) {
        if (password == null) {
            throw new IllegalArgumentException("A basic-auth password must not be null. Fix: pass \"\" when the API "
                    + "takes only a user name (an API key as user).");
        }
        return new AuthInterceptor("basic", "Authorization",
                Credentials.basic(required(user, "A basic-auth user"), password, StandardCharsets.UTF_8));
    }

    /**
     * Sends an API key in header {@code name}, e.g. {@code apiKey("X-Api-Key", key)}.
     *
     * @throws IllegalArgumentException when the name or the key is null or blank
     */
    public static AuthInterceptor apiKey(String name, String key) {
        return new AuthInterceptor("api-key", required(name, "An API-key header name"), required(key, "An API key"));
    }

    /** The header this interceptor sets, e.g. {@code Authorization}. */
    public String headerName() {
        return headerName;
    }

    /** Replaces any header of the same name on the request, then proceeds. */
    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header(headerName, headerValue).build());
    }

    /** The scheme and header name; the credential is shown as {@code ***}. */
    @Override
    public String toString() {
        return "AuthInterceptor{scheme=" + scheme + ", header=" + headerName + ", credential=***}";
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (value == null ? "null" : "an empty string") + ". Fix: pass the connector's secret option.");
        }
        return Objects.requireNonNull(value);
    }
}
