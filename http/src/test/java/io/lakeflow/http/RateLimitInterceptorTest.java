package io.lakeflow.http;

import static io.lakeflow.http.LoopbackServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** Requests are spaced as the limit says, measured at a real server (loose bounds: a shared machine is slow, never fast). */
class RateLimitInterceptorTest {

    @Test
    void requestsFromSeveralThreadsAreSpacedToTheRate() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(n -> ok("x"))) {
            OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new RateLimitInterceptor(20)).build();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            long start = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> {
                    http.newCall(new Request.Builder().url(server.url("/r")).build()).execute().close();
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000L;
            assertThat(server.requests()).isEqualTo(12);
            assertThat(millis).as("12 requests at 20/s need at least 11 gaps of 50 ms").isGreaterThanOrEqualTo(500L);
            List<Long> arrivals = server.received().stream().map(LoopbackServer.Received::nanoTime).sorted().toList();
            long span = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1_000_000L;
            assertThat(span).as("spread seen by the server").isGreaterThanOrEqualTo(450L);
        }
    }

    @Test
    void aBurstIsLetThroughThenTheRateHolds() {
        RateLimitInterceptor limit = new RateLimitInterceptor(10, 3);   // one token per 100 ms
        long t0 = System.nanoTime() + 1_000_000_000L;   // synthetic times, after the limiter was made
        // one request at t0; after 300 ms quiet the bucket is full again: three at once, then one per 100 ms
        long now = t0 + 300_000_000L;
        limit.reserve(t0);
        assertThat(limit.reserve(now)).isZero();
        assertThat(limit.reserve(now)).isZero();
        assertThat(limit.reserve(now)).isZero();
        assertThat(limit.reserve(now)).isEqualTo(100_000_000L);
        assertThat(limit.reserve(now)).isEqualTo(200_000_000L);
    }

    @Test
    void aRateThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new RateLimitInterceptor(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestsPerSecond > 0");
        assertThatThrownBy(() -> new RateLimitInterceptor(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
