package io.lakeflow.connectors.example;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to every request. Kept apart from the client so
 * that a connector for an API with another scheme (API key header, basic auth) swaps only this.
 * Its {@link #toString()} never shows the token.
 */
public final class BearerAuthInterceptor implements Interceptor {

    private final String token;

    /** Sends {@code token} as the bearer token. */
    public BearerAuthInterceptor(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A bearer token must not be blank");
        }
        this.token = token;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
    }

    @Override
    public String toString() {
        return "BearerAuthInterceptor{token=***}";
    }
}
