package io.lakeflow.connectors.stripe;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the secret key as a bearer token and pins the API version with {@code Stripe-Version}. */
final class StripeAuthInterceptor implements Interceptor {

    private final String apiKey;
    private final String stripeVersion;

    StripeAuthInterceptor(String apiKey, String stripeVersion) {
        this.apiKey = apiKey;
        this.stripeVersion = stripeVersion;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + apiKey)
                .header("Stripe-Version", stripeVersion)
                .build());
    }

    @Override
    public String toString() {
        return "StripeAuthInterceptor{stripeVersion=" + stripeVersion + ", apiKey=***}";
    }
}
