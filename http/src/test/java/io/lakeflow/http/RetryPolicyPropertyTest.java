package io.lakeflow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import okhttp3.Request;

/** The arithmetic of waits holds for every input, not only the examples the tests thought of. */
class RetryPolicyPropertyTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private static RetryPolicy policy(long initialMillis, long maxWaitMillis) {
        return new RetryPolicy(5, Duration.ofMillis(initialMillis), Duration.ofMillis(maxWaitMillis));
    }

    @Property
    void backoffIsBetweenHalfAndAllOfTheBoundedDoubling(@ForAll @IntRange(min = 0, max = 200) int attempt,
            @ForAll @DoubleRange(min = 0, max = 1) double jitter,
            @ForAll @LongRange(min = 1, max = 10_000) long initialMillis,
            @ForAll @LongRange(min = 0, max = 120_000) long maxWaitMillis) {
        RetryPolicy policy = policy(initialMillis, maxWaitMillis);
        long cap = Math.min(initialMillis * (1L << Math.min(attempt, 30)), policy.maxWait().toMillis());
        Duration wait = policy.backoff(attempt, jitter);
        assertThat(wait).isLessThanOrEqualTo(policy.maxWait());
        assertThat(wait.toNanos()).isBetween(cap * 1_000_000L / 2, cap * 1_000_000L);
    }

    @Property
    void backoffWithoutJitterNeverShrinksAsAttemptsGrow(@ForAll @IntRange(min = 0, max = 100) int attempt,
            @ForAll @LongRange(min = 1, max = 10_000) long initialMillis) {
        RetryPolicy policy = policy(initialMillis, 60_000);
        assertThat(policy.backoff(attempt + 1, 0)).isGreaterThanOrEqualTo(policy.backoff(attempt, 0));
    }

    @Property
    void retryAfterInSecondsIsHonouredUpToMaxWait(@ForAll @LongRange(min = 0, max = 10_000_000) long seconds,
            @ForAll @LongRange(min = 0, max = 600) long maxWaitSeconds) {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(maxWaitSeconds));
        assertThat(policy.retryAfter(" " + seconds + " ", NOW))
                .contains(Duration.ofSeconds(Math.min(seconds, maxWaitSeconds)));
    }

    @Property
    void retryAfterAsADateIsTheTimeUntilIt(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long offsetSeconds) {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(120));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(offsetSeconds).atOffset(ZoneOffset.UTC));
        assertThat(policy.retryAfter(date, NOW)).contains(Duration.ofSeconds(Math.max(0, Math.min(offsetSeconds, 120))));
    }

    @Property
    void garbageRetryAfterFallsBackToBackoff(@ForAll("garbage") String header) {
        assertThat(RetryPolicy.of(3).retryAfter(header, NOW)).isEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> garbage() {
        return net.jqwik.api.Arbitraries.strings().ofMaxLength(20)
                .filter(s -> s.isBlank() || !s.trim().chars().allMatch(Character::isDigit))
                .filter(s -> !s.contains("GMT"));
    }

    @Property(tries = 50)
    void onlyRepeatableRequestsRetryServerErrors(@ForAll("methods") String method, @ForAll boolean idempotencyKey,
            @ForAll("statuses") int status) {
        Request.Builder builder = new Request.Builder().url("http://127.0.0.1/x")
                .method(method, method.equals("GET") || method.equals("HEAD") ? null : okhttp3.RequestBody.create(new byte[0]));
        if (idempotencyKey) {
            builder.header("Idempotency-Key", "k");
        }
        Request request = builder.build();
        boolean repeatable = !method.equals("POST") && !method.equals("PATCH") || idempotencyKey;
        boolean expected = status == 429 || status == 503 || (status == 500 || status == 502 || status == 504) && repeatable;
        assertThat(RetryPolicy.of(3).isRetryable(status, request)).isEqualTo(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> methods() {
        return net.jqwik.api.Arbitraries.of("GET", "HEAD", "PUT", "DELETE", "POST", "PATCH");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> statuses() {
        return net.jqwik.api.Arbitraries.of(200, 201, 400, 401, 404, 409, 429, 500, 501, 502, 503, 504);
    }
}
