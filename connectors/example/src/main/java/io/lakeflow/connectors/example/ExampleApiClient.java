package io.lakeflow.connectors.example;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lakeflow.http.AuthInterceptor;
import io.lakeflow.http.RetryInterceptor;
import io.lakeflow.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The example API as the connector sees it: three reads, each one HTTP GET. Behaviour shared by
 * every request (auth, retries) is composed from the shared {@code io.lakeflow.http} interceptors,
 * not written here.
 *
 * <p>JSON numbers with a fraction are read as {@link java.math.BigDecimal}, so a decimal price
 * reaches the framework exactly as the API wrote it.
 */
public final class ExampleApiClient implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final int maxRetries;

    /**
     * @param baseUrl    the API root, e.g. {@code http://127.0.0.1:8080}
     * @param token      the bearer token
     * @param maxRetries retries of a request answered 429 or 5xx
     */
    public ExampleApiClient(String baseUrl, String token, int maxRetries) {
        this.baseUrl = HttpUrl.get(baseUrl);
        this.maxRetries = maxRetries;
        this.http = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .addInterceptor(AuthInterceptor.bearer(token))
                .addInterceptor(RetryInterceptor.bufferingBodies(retryPolicy(maxRetries)))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Retries as the example API wants them: first backoff 100 ms, no wait longer than 30 s. */
    static RetryPolicy retryPolicy(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    /** {@code GET /tables/{table}/records}. */
    public Page records(String table, PageRequest request) {
        return page(get(url(table, "records", request)));
    }

    /** {@code GET /tables/{table}/deleted_records}: tombstones, ordered by deletion time. */
    public Page deletedRecords(String table, PageRequest request) {
        return page(get(url(table, "deleted_records", request)));
    }

    /** {@code GET /tables/{table}/watermark}: the table's high-water mark, or {@code null} when it has none. */
    public String watermark(String table) {
        return (String) get(baseUrl.newBuilder().addPathSegment("tables").addPathSegment(table)
                .addPathSegment("watermark").build()).get("cursor");
    }

    /** Releases the client's threads and connections. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "ExampleApiClient{" + baseUrl + "}";
    }

    private HttpUrl url(String table, String resource, PageRequest request) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("tables").addPathSegment(table).addPathSegment(resource);
        request.toQuery().forEach(url::addQueryParameter);
        return url.build();
    }

    @SuppressWarnings("unchecked")
    private static Page page(Map<String, Object> body) {
        return new Page((List<Map<String, Object>>) body.get("records"), Boolean.TRUE.equals(body.get("has_more")));
    }

    private Map<String, Object> get(HttpUrl url) {
        String request = "GET " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new ExampleApiException(response.code(), request + " answered " + response.code() + ": "
                        + apiMessage(text) + ". Fix: " + fix(response.code()), null);
            }
            return JSON.readValue(text, OBJECT);
        } catch (JacksonException e) {
            throw new ExampleApiException(200, request + " answered a body that is not the expected JSON object: "
                    + e.getOriginalMessage() + ". Fix: check that 'base_url' points at the example API.", e);
        } catch (IOException e) {
            throw new ExampleApiException(0, request + " could not reach " + baseUrl + " (" + e.getMessage()
                    + "). Fix: check 'base_url' and that the API is up.", e);
        }
    }

    private String fix(int status) {
        return switch (status) {
            case 401, 403 -> "check the 'token' option.";
            case 404 -> "check 'base_url' (it must be the API root) and the table name.";
            case 429, 500, 502, 503, 504 -> "the API kept failing after " + maxRetries
                    + " retries; run again later or raise 'max_retries'.";
            default -> "this request is built by the connector; report it with this message.";
        };
    }

    /** The API's {@code error.message}, or the start of the body when it is not the API's error format. */
    private static String apiMessage(String body) {
        try {
            Object error = JSON.readValue(body, OBJECT).get("error");
            if (error instanceof Map<?, ?> map && map.get("message") != null) {
                return map.get("type") + ": " + map.get("message");
            }
        } catch (JacksonException | RuntimeException e) {
            // not JSON: fall through
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
