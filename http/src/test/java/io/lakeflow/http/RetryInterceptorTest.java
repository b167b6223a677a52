package io.lakeflow.http;

import static io.lakeflow.http.LoopbackServer.hangUp;
import static io.lakeflow.http.LoopbackServer.ok;
import static io.lakeflow.http.LoopbackServer.status;
import static io.lakeflow.http.LoopbackServer.truncatedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Retries against a real loopback server: what is repeated, how long it waits, and what it says when it gives up. */
class RetryInterceptorTest {

    private static final String TOKEN = "sk_test_secret-token-42";
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));

    private static OkHttpClient client(RetryInterceptor retry) {
        return new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)   // OkHttp's own silent retry would hide ours
                .addInterceptor(AuthInterceptor.bearer(TOKEN))
                .addInterceptor(retry)
                .build();
    }

    private static Response get(OkHttpClient http, String url) throws IOException {
        return http.newCall(new Request.Builder().url(url).build()).execute();
    }

    private static long millisOf(ThrowingRunnable run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000L;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void retryAfterZeroRetriesAtOnce() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n == 0 ? status(429, "slow down", "Retry-After", "0") : ok("done"))) {
            OkHttpClient http = client(new RetryInterceptor(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(10))));
            long millis = millisOf(() -> {
                try (Response response = get(http, server.url("/a"))) {
                    assertThat(response.code()).isEqualTo(200);
                    assertThat(response.body().string()).isEqualTo("done");
                }
            });
            assertThat(server.requests()).isEqualTo(2);
            assertThat(millis).as("Retry-After: 0 beats the 5 s backoff").isLessThan(2_000);
        }
    }

    @Test
    void retryAfterOneSecondIsWaited() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n == 0 ? status(503, "", "Retry-After", "1") : ok("done"))) {
            OkHttpClient http = client(new RetryInterceptor(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5))));
            long millis = millisOf(() -> get(http, server.url("/a")).close());
            assertThat(server.requests()).isEqualTo(2);
            assertThat(millis).isBetween(950L, 4_000L);
            LoopbackServer.Received first = server.received().get(0);
            LoopbackServer.Received second = server.received().get(1);
            assertThat((second.nanoTime() - first.nanoTime()) / 1_000_000L).isGreaterThanOrEqualTo(950L);
        }
    }

    @Test
    void retryAfterIsBoundedByMaxWait() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n == 0 ? status(429, "", "Retry-After", "3600") : ok("done"))) {
            OkHttpClient http = client(new RetryInterceptor(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(200))));
            long millis = millisOf(() -> get(http, server.url("/a")).close());
            assertThat(server.requests()).isEqualTo(2);
            assertThat(millis).as("an hour asked, 200 ms allowed").isBetween(190L, 3_000L);
        }
    }

    @Test
    void serverErrorThenSuccessIsRetriedForAGet() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n < 2 ? status(n == 0 ? 500 : 502, "oops") : ok("fine"))) {
            try (Response response = get(client(new RetryInterceptor(FAST)), server.url("/a"))) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("fine");
            }
            assertThat(server.requests()).isEqualTo(3);
            assertThat(server.received()).allSatisfy(r -> assertThat(r.headers().getFirst("Authorization"))
                    .as("every attempt is authenticated").isEqualTo("Bearer " + TOKEN));
        }
    }

    @Test
    void aServerErrorToAPostIsRetriedOnlyWithAnIdempotencyKey() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n <= 1 ? status(500, "oops") : ok("fine"))) {
            OkHttpClient http = client(new RetryInterceptor(FAST));
            Request.Builder post = new Request.Builder().url(server.url("/charges")).post(RequestBody.create(new byte[0]));
            try (Response response = http.newCall(post.build()).execute()) {
                assertThat(response.code()).as("a plain POST may have been applied: not repeated").isEqualTo(500);
            }
            assertThat(server.requests()).isEqualTo(1);
            try (Response response = http.newCall(post.header("Idempotency-Key", "k-1").build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void exhaustedRetriesOnAStatusReturnTheLastResponse() throws Exception {
        // No Retry-After: OkHttp itself repeats a 503 with "Retry-After: 0" once, which would double the count.
        try (LoopbackServer server = LoopbackServer.start(n -> status(503, "down"))) {
            try (Response response = get(client(new RetryInterceptor(FAST)), server.url("/a"))) {
                assertThat(response.code()).isEqualTo(503);
                assertThat(response.body().string()).isEqualTo("down");
            }
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void aDroppedConnectionIsRetried() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n < 2 ? hangUp() : ok("back"))) {
            try (Response response = get(client(new RetryInterceptor(FAST)), server.url("/a"))) {
                assertThat(response.body().string()).isEqualTo("back");
            }
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void aBodyCutOffIsRetriedWhenBodiesAreBuffered() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n == 0 ? truncatedBody() : ok("whole"))) {
            try (Response response = get(client(RetryInterceptor.bufferingBodies(FAST)), server.url("/a"))) {
                assertThat(response.body().string()).isEqualTo("whole");
            }
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void aBodyCutOffReachesTheCallerWhenBodiesAreStreamed() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> n == 0 ? truncatedBody() : ok("whole"))) {
            try (Response response = get(client(new RetryInterceptor(FAST)), server.url("/a"))) {
                assertThatThrownBy(() -> response.body().string()).isInstanceOf(IOException.class);
            }
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void exhaustedRetriesOnIoErrorsSayWhatFailedHowOftenAndNoSecret() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> hangUp())) {
            OkHttpClient http = client(new RetryInterceptor(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20))));
            assertThatThrownBy(() -> get(http, server.url("/v1/customers?api_key=query-secret-7")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("GET /v1/customers")
                    .hasMessageContaining("failed 3 times")
                    .hasMessageContaining("2 retries")
                    .hasMessageContaining("Fix:")
                    .hasMessageNotContaining(TOKEN)
                    .hasMessageNotContaining("query-secret-7")
                    .hasCauseInstanceOf(IOException.class);
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void zeroRetriesSendsOnce() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> status(429, "", "Retry-After", "0"))) {
            try (Response response = get(client(new RetryInterceptor(RetryPolicy.of(0))), server.url("/a"))) {
                assertThat(response.code()).isEqualTo(429);
            }
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aNotRetryableStatusIsReturnedAtOnce() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> status(401, "no"))) {
            try (Response response = get(client(new RetryInterceptor(FAST)), server.url("/a"))) {
                assertThat(response.code()).isEqualTo(401);
            }
            assertThat(server.requests()).isEqualTo(1);
        }
    }
}
