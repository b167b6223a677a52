package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A tiny test client: one call, the status, headers and parsed body. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    record Reply(int status, okhttp3.Headers headers, JsonNode body, String text) {
    }

    private Http() {
    }

    static Reply get(String url, String key) throws IOException {
        Request.Builder b = new Request.Builder().url(url);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return call(b.build());
    }

    static Reply post(String url, String key, Map<String, String> form, String idempotencyKey) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        Request.Builder b = new Request.Builder().url(url).post(body.build()).header("Authorization", "Bearer " + key);
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return call(b.build());
    }

    static Reply delete(String url, String key) throws IOException {
        return call(new Request.Builder().url(url).delete().header("Authorization", "Bearer " + key).build());
    }

    static Reply call(Request request) throws IOException {
        try (Response r = CLIENT.newCall(request).execute()) {
            String text = r.body().string();
            JsonNode body = text.isEmpty() ? null : JSON.readTree(text);
            return new Reply(r.code(), r.headers(), body, text);
        }
    }
}
