package io.lakeflow.connectors.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example source's HTTP API: auth, parameter checks, seeded data, writes. */
class ExampleSourceServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static ExampleSourceServer server;

    @BeforeAll
    static void start() {
        server = ExampleSourceServer.start(ExampleServerConfig.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Reply(int status, JsonNode body, String retryAfter) {
    }

    private static Reply call(String method, String path, String token, String body) throws IOException {
        Request.Builder request = new Request.Builder().url(server.baseUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Reply(response.code(), JSON.readTree(response.body().string()), response.header("Retry-After"));
        }
    }

    private static Reply get(String path) throws IOException {
        return call("GET", path, server.token(), null);
    }

    @Test
    void refusesMissingOrWrongTokenWith401WithoutEchoingIt() throws IOException {
        Reply missing = call("GET", "/tables/users/records", null, null);
        Reply wrong = call("GET", "/tables/users/records", "not-the-token-42", null);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().at("/error/type").asText()).isEqualTo("unauthorized");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().at("/error/type").asText()).isEqualTo("unauthorized");
        assertThat(wrong.body().toString()).doesNotContain("not-the-token-42");
    }

    @Test
    void refusesUnknownParametersAndTooLargePagesWith400() throws IOException {
        Reply unknown = get("/tables/users/records?page=2");
        Reply tooLarge = get("/tables/users/records?limit=101");
        Reply zero = get("/tables/users/records?limit=0");
        Reply cursorOnSnapshot = get("/tables/products/records?since=2025-01-01T00:00:00Z");
        Reply idWithoutCursor = get("/tables/users/records?since_id=3");
        Reply badTime = get("/tables/users/records?since=yesterday");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/type").asText()).isEqualTo("invalid_request");
        assertThat(unknown.body().at("/error/message").asText()).contains("'page'");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().at("/error/message").asText()).contains("limit").contains("100");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(cursorOnSnapshot.status()).isEqualTo(400);
        assertThat(idWithoutCursor.status()).isEqualTo(400);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(get("/tables/users/records?limit=4294967346").status()).as("limit overflowing an int").isEqualTo(400);
        assertThat(get("/tables/users/records?limit=100").status()).isEqualTo(200);
    }

    @Test
    void answers404ForUnknownTablesAndRoutes() throws IOException {
        assertThat(get("/tables/nope/records").status()).isEqualTo(404);
        assertThat(get("/tables/nope/records").body().at("/error/message").asText()).contains("users");
        assertThat(get("/elsewhere").status()).isEqualTo(404);
        assertThat(get("/tables/users/deleted_records").status()).isEqualTo(404);
    }

    @Test
    void listsTheCatalog() throws IOException {
        JsonNode tables = get("/tables").body().get("tables");
        assertThat(tables).hasSize(ExampleCatalog.tables().size());
        assertThat(tables.get(3).get("name").asText()).isEqualTo("orders");
        assertThat(tables.get(3).get("ingestion_type").asText()).isEqualTo("cdc_with_deletes");
    }

    @Test
    void equalSeedsServeEqualDataAndOtherSeedsOther() {
        try (ExampleSourceServer same = ExampleSourceServer.start(ExampleServerConfig.defaults());
             ExampleSourceServer other = ExampleSourceServer.start(ExampleServerConfig.builder().seed(7).build())) {
            for (ExampleTable table : ExampleCatalog.tables()) {
                assertThat(same.rows(table.name())).as(table.name()).isEqualTo(server.rows(table.name()));
                assertThat(other.rows(table.name())).as(table.name()).isNotEqualTo(server.rows(table.name()));
            }
        }
    }

    @Test
    void seededDataHasTheDocumentedSizesNullsAndTies() {
        for (ExampleTable table : ExampleCatalog.tables()) {
            List<Map<String, Object>> rows = server.rows(table.name());
            assertThat(rows).as(table.name()).hasSize(table.seededRows());
            long nulls = 0;
            long nullableValues = 0;
            for (ExampleColumn column : table.columns()) {
                assertThat(rows).as(table.name() + "." + column.name() + " non-null somewhere")
                        .anyMatch(r -> r.get(column.name()) != null);
                if (column.nullable()) {
                    nullableValues += rows.size();
                    nulls += rows.stream().filter(r -> r.get(column.name()) == null).count();
                } else {
                    assertThat(rows).as(table.name() + "." + column.name()).allMatch(r -> r.get(column.name()) != null);
                }
            }
            assertThat((double) nulls / nullableValues).as(table.name() + " null share").isBetween(0.1, 0.3);
            if (table.hasCursor()) {
                Map<Object, Integer> perCursor = new HashMap<>();
                rows.forEach(r -> perCursor.merge(r.get(table.cursorField()), 1, Integer::sum));
                long tied = perCursor.values().stream().filter(n -> n > 1).mapToLong(n -> n).sum();
                assertThat(tied).as(table.name() + " rows sharing a cursor value").isGreaterThan(rows.size() / 2);
            }
        }
    }

    @Test
    void postInsertsAndUpsertsStampingTheCursorWithTheServerClock() throws IOException {
        String before = server.watermark("users").orElseThrow();
        Reply inserted = call("POST", "/tables/users/records", server.token(), "{\"email\":\"new@example.com\"}");
        long id = inserted.body().get("user_id").asLong();
        Reply updated = call("POST", "/tables/users/records", server.token(), "{\"user_id\":" + id + ",\"name\":\"Neo\"}");

        assertThat(inserted.status()).isEqualTo(201);
        assertThat(inserted.body().get("updated_at").asText()).isGreaterThan(before);
        assertThat(updated.body().get("updated_at").asText()).isGreaterThan(inserted.body().get("updated_at").asText());
        assertThat(updated.body().get("email").asText()).isEqualTo("new@example.com");
        assertThat(server.watermark("users")).contains(updated.body().get("updated_at").asText());
        assertThat(call("POST", "/tables/users/records", server.token(), "{\"updated_at\":\"x\"}").status()).isEqualTo(400);
        assertThat(call("POST", "/tables/users/records", server.token(), "{\"nope\":1}").status()).isEqualTo(400);
        assertThat(call("POST", "/tables/metrics/records", server.token(), "{\"value\":1.5}").status())
                .as("metrics.name is required").isEqualTo(400);
        Reply wrongType = call("POST", "/tables/products/records", server.token(), "{\"name\":\"x\",\"price\":\"cheap\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().at("/error/message").asText()).contains("'price'").contains("a number");
        assertThat(call("POST", "/tables/accounts/records", server.token(), "{\"avatar\":\"not base64!\"}").status())
                .isEqualTo(400);
        assertThat(call("POST", "/tables/accounts/records", server.token(),
                "{\"address\":{\"city\":\"Oslo\"},\"tags\":[\"a\"],\"opened_at\":\"2025-01-01T00:00:00Z\"}").status())
                .isEqualTo(201);
    }

    @Test
    void deleteKeepsATombstoneForOrdersOnly() throws IOException {
        Map<String, Object> order = server.insert("orders", Map.of("status", "new"));
        long id = (Long) order.get("order_id");

        Reply deleted = call("DELETE", "/tables/orders/records/" + id, server.token(), null);
        Reply again = call("DELETE", "/tables/orders/records/" + id, server.token(), null);
        JsonNode tombstones = get("/tables/orders/deleted_records?limit=100").body().get("records");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().at("/deleted/deleted_at").asText()).isGreaterThan((String) order.get("updated_at"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(tombstones).anyMatch(t -> t.get("order_id").asLong() == id);
        assertThat(server.rows("orders")).noneMatch(r -> Objects.equals(r.get("order_id"), id));

        long user = (Long) server.insert("users", Map.of()).get("user_id");
        assertThat(server.delete("users", user)).containsEntry("user_id", user);
        assertThat(server.tombstones("users")).isEmpty();
        assertThatThrownBy(() -> server.update("users", user, Map.of("name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no row");
    }

    @Test
    void injectsSeededFaultsWithRetryAfter() throws IOException {
        try (ExampleSourceServer faulty = ExampleSourceServer.start(ExampleServerConfig.builder()
                .faultProbability(1).maxRetryAfter(0).build())) {
            Request request = new Request.Builder().url(faulty.baseUrl() + "/tables").build();
            int tooMany = 0;
            int unavailable = 0;
            for (int i = 0; i < 20; i++) {
                try (Response response = HTTP.newCall(request).execute()) {
                    if (response.code() == 429) {
                        tooMany++;
                        assertThat(response.header("Retry-After")).isEqualTo("0");
                    } else {
                        assertThat(response.code()).isEqualTo(503);
                        unavailable++;
                    }
                }
            }
            assertThat(tooMany).isPositive();
            assertThat(unavailable).isPositive();
            assertThat(faulty.faultsInjected()).isEqualTo(20);
        }
    }

    @Test
    void listensOnAConfiguredPort() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (ExampleSourceServer fixed = ExampleSourceServer.start(ExampleServerConfig.builder().port(port).build())) {
            assertThat(fixed.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        }
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void sharedServersAreReusedPerConfig() {
        ExampleServerConfig config = ExampleServerConfig.builder().seed(99).build();
        ExampleSourceServer first = ExampleSourceServer.shared(config);
        try {
            assertThat(ExampleSourceServer.shared(config)).isSameAs(first);
            assertThat(ExampleSourceServer.shared(ExampleServerConfig.builder().seed(98).build())).isNotSameAs(first);
        } finally {
            first.close();
            ExampleSourceServer.shared(ExampleServerConfig.builder().seed(98).build()).close();
        }
        ExampleSourceServer second = ExampleSourceServer.shared(config);
        assertThat(second).isNotSameAs(first);
        second.close();
    }
}
