package io.lakeflow.connectors.stripe;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.http.AuthInterceptor;
import io.lakeflow.http.HeaderInterceptor;
import io.lakeflow.http.RateLimitInterceptor;
import io.lakeflow.http.RetryInterceptor;
import io.lakeflow.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Stripe's REST API over OkHttp, composed from the shared interceptors of {@code io.lakeflow.http}:
 * {@link AuthInterceptor} (the key as a bearer token), {@link HeaderInterceptor} (the pinned
 * {@code Stripe-Version}), {@link RetryInterceptor} (429/5xx/I-O errors and cut-off bodies,
 * {@code Retry-After}) and {@link RateLimitInterceptor}. Writes carry an {@code Idempotency-Key},
 * kept across retries, so they are repeated safely.
 */
public final class StripeClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final StripeOptions options;
    private final OkHttpClient http;
    private final HttpUrl base;

    /** A client for these options. */
    public StripeClient(StripeOptions options) {
        this.options = options;
        this.base = HttpUrl.get(options.baseUrl());
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(80))
                .retryOnConnectionFailure(false)
                .addInterceptor(AuthInterceptor.bearer(options.apiKey()))
                .addInterceptor(HeaderInterceptor.of("Stripe-Version", options.stripeVersion()))
                .addInterceptor(RetryInterceptor.bufferingBodies(
                        new RetryPolicy(options.maxRetries(), Duration.ofMillis(500), options.maxRetryWait())))
                .addInterceptor(new RateLimitInterceptor(options.requestsPerSecond()))
                .build();
    }

    /**
     * One page of a list endpoint.
     *
     * @param path   e.g. {@code /v1/customers}
     * @param params query parameters; a List value is sent as repeated {@code name[]} values
     */
    @SuppressWarnings("unchecked")
    public StripePage list(String path, Map<String, Object> params) {
        Map<String, Object> body = call("GET", path, params, null);
        Object data = body.get("data");
        if (!(data instanceof List<?> list) || !"list".equals(body.get("object"))) {
            throw new StripeApiException(200, "Stripe answered GET " + path + " with something other than a list "
                    + "(expected {object: \"list\", data: [...], has_more}). Fix: check base_url points at the Stripe API.", null);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : list) {
            rows.add((Map<String, Object>) o);
        }
        return new StripePage(rows, Boolean.TRUE.equals(body.get("has_more")));
    }

    /** {@code GET path}. */
    public Map<String, Object> get(String path) {
        return call("GET", path, Map.of(), null);
    }

    /** {@code POST path} with a form body (nested maps as {@code a[b]}); creates or updates. */
    public Map<String, Object> post(String path, Map<String, Object> form) {
        return call("POST", path, Map.of(), form);
    }

    /** {@code DELETE path}. */
    public Map<String, Object> delete(String path) {
        return call("DELETE", path, Map.of(), null);
    }

    private Map<String, Object> call(String method, String path, Map<String, Object> params, Map<String, Object> form) {
        HttpUrl.Builder url = base.newBuilder().encodedPath(path);
        params.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> url.addQueryParameter(name + "[]", String.valueOf(v)));
            } else if (value != null) {
                url.addQueryParameter(name, String.valueOf(value));
            }
        });
        Request.Builder request = new Request.Builder().url(url.build());
        if (method.equals("POST")) {
            FormBody.Builder body = new FormBody.Builder();
            flatten("", form, body);
            request.post(body.build()).header("Idempotency-Key", UUID.randomUUID().toString());
        } else if (method.equals("DELETE")) {
            request.delete().header("Idempotency-Key", UUID.randomUUID().toString());
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new StripeApiException(response.code(), describeError(method, path, response.code(), text), null);
            }
            return JSON.readValue(text, MAP);
        } catch (IOException e) {
            throw new StripeApiException(0, "Stripe could not be reached for " + method + " " + path + " after "
                    + options.maxRetries() + " retries (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Fix: check base_url (" + options.baseUrl() + ") and the network; raise max_retries for a flaky link.", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, FormBody.Builder body) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "[" + key + "]";
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested, body);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof Map<?, ?> m) {
                        flatten(name + "[" + i + "]", (Map<String, Object>) m, body);
                    } else {
                        body.add(name + "[" + i + "]", String.valueOf(item));
                    }
                }
            } else {
                body.add(name, value == null ? "" : String.valueOf(value));
            }
        });
    }

    private static String describeError(String method, String path, int status, String text) {
        String type = "";
        String message = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        try {
            Map<String, Object> body = JSON.readValue(text, MAP);
            if (body.get("error") instanceof Map<?, ?> error) {
                type = String.valueOf(error.get("type"));
                message = String.valueOf(error.get("message"));
            }
        } catch (IOException e) {
            // not JSON: keep the text
        }
        String fix = switch (status) {
            case 401 -> "check the api_key option: a secret key (sk_test_/sk_live_) or a restricted key with read access";
            case 403 -> "give the restricted key read access to this resource";
            case 400 -> "this is a connector bug or an API version mismatch; check stripe_version";
            case 404 -> "check base_url and that the object exists";
            case 429 -> "lower requests_per_second, or raise max_retries";
            default -> "retry later; Stripe's status page reports outages";
        };
        return "Stripe answered " + status + " to " + method + " " + path + (type.isEmpty() ? "" : " (" + type + ")")
                + ": " + message + " Fix: " + fix + ".";
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "StripeClient{" + options + "}";
    }
}
