package io.lakeflow.connectors.example;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lakeflow.http.AuthInterceptor;
import io.lakeflow.http.RetryInterceptor;
import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.WrittenRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Writes to the example API the way a client of the API would: {@code POST /tables/{t}/records}
 * and {@code DELETE /tables/{t}/records/{id}}, through the same auth and retry interceptors as
 * the connector (the source refuses faulted requests before applying them, so a retried write is
 * applied once).
 */
public class ExampleWriteBack implements WriteBack {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** A new row's body for each insertable table, and the field (besides the key) that identifies it when read. */
    private record RowShape(Function<String, Map<String, Object>> body, String distinctField) {
    }

    private static final Map<String, RowShape> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("users", new RowShape(u -> Map.of("email", "wb-" + u + "@example.com", "name", "Write Back"), "email"));
        SHAPES.put("orders", new RowShape(u -> Map.of("status", "new", "amount", new BigDecimal("12.34"), "user_id", 1), "status"));
        SHAPES.put("events", new RowShape(u -> Map.of("event_type", "wb-" + u, "user_id", 1), "event_type"));
        SHAPES.put("products", new RowShape(u -> Map.of("name", "WB " + u, "category", "books",
                "price", new BigDecimal("9.99")), "name"));
        SHAPES.put("accounts", new RowShape(u -> Map.of("owner", "wb-" + u, "tags", List.of("writeback"),
                "attributes", Map.of("source", "write-back")), "owner"));
    }

    private final String baseUrl;
    private final OkHttpClient http;

    /** Connects with the same options as the connector (no {@code base_url}: the shared embedded source). */
    public ExampleWriteBack(Map<String, String> options) {
        ExampleConnectorOptions parsed = ExampleConnectorOptions.parse(options);
        String url = parsed.baseUrl();
        String token = parsed.token();
        if (url == null) {
            ExampleSourceServer embedded = ExampleSourceServer.shared(ExampleServerConfig.defaults());
            url = embedded.baseUrl();
            token = embedded.token();
        }
        this.baseUrl = url;
        this.http = new OkHttpClient.Builder()
                .addInterceptor(AuthInterceptor.bearer(token))
                .addInterceptor(new RetryInterceptor(ExampleApiClient.retryPolicy(parsed.maxRetries())))
                .build();
    }

    @Override
    public List<String> insertableTables() {
        return List.copyOf(SHAPES.keySet());
    }

    @Override
    public WrittenRows writeRows(String table, int count) {
        RowShape shape = SHAPES.get(table);
        if (shape == null) {
            throw new IllegalArgumentException("Table " + table + " is not insertable; insertable: " + SHAPES.keySet());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(post(table, shape.body().apply(UUID.randomUUID().toString())));
        }
        String key = ExampleCatalog.table(table).keyField();
        return new WrittenRows(rows, Map.of(key, key, shape.distinctField(), shape.distinctField()));
    }

    @Override
    public List<String> deletableTables() {
        return List.of("orders");
    }

    @Override
    public WrittenRows deleteRows(String table, int count) {
        if (!deletableTables().contains(table)) {
            throw new IllegalArgumentException("Table " + table + " is not deletable; deletable: " + deletableTables());
        }
        String key = ExampleCatalog.table(table).keyField();
        List<Map<String, Object>> deleted = new ArrayList<>();
        for (Map<String, Object> row : writeRows(table, count).rows()) {
            send(new Request.Builder().url(baseUrl + "/tables/" + table + "/records/" + row.get(key)).delete().build());
            deleted.add(Map.of(key, row.get(key)));
        }
        return new WrittenRows(deleted, Map.of(key, key));
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Map<String, Object> post(String table, Map<String, Object> body) {
        try {
            return send(new Request.Builder().url(baseUrl + "/tables/" + table + "/records")
                    .post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> send(Request request) {
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new IllegalStateException(request.method() + " " + request.url().encodedPath() + " answered "
                        + response.code() + ": " + text);
            }
            Map<String, Object> reply = JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
            @SuppressWarnings("unchecked")
            Map<String, Object> deleted = (Map<String, Object>) reply.get("deleted");
            return deleted != null ? deleted : reply;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.url().encodedPath() + " failed", e);
        }
    }
}
