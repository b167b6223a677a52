package io.lakeflow.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.Request;

/**
 * When and how long {@link RetryInterceptor} waits before repeating a request: a plain value, so a
 * connector builds it from its options and tests check its arithmetic without a server.
 *
 * <ul>
 *   <li>Statuses {@code 429} and {@code 503} are retried for every request: the server refused it
 *       before doing anything. {@code 500}, {@code 502} and {@code 504}, and I/O errors (a reset
 *       connection, a body cut off), are retried only for a {@linkplain #isRepeatable(Request)
 *       repeatable} request: an idempotent method, or one carrying an {@code Idempotency-Key}.</li>
 *   <li>The wait is what {@code Retry-After} asks (seconds or an HTTP date), bounded by
 *       {@code maxWait}; without it, {@code initialBackoff * 2^attempt} bounded by {@code maxWait},
 *       of which a random part is taken off ("equal jitter": between half and all of it) so that
 *       clients failed together do not retry together.</li>
 * </ul>
 *
 * @param maxRetries     retries after the first attempt, at least 0
 * @param initialBackoff the first backoff without {@code Retry-After}, zero or positive
 * @param maxWait        the longest single wait, whatever the server asks (it bounds the backoff too);
 *                       zero retries without waiting
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxWait) {

    private static final Set<Integer> ALWAYS_RETRYABLE = Set.of(429, 503);
    private static final Set<Integer> RETRYABLE_IF_REPEATABLE = Set.of(500, 502, 504);
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

    /** Checks the bounds. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("RetryPolicy.maxRetries must be >= 0, got " + maxRetries
                    + ". Fix: pass 0 to disable retries.");
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("RetryPolicy.initialBackoff must be zero or positive, got " + initialBackoff + ".");
        }
        if (maxWait == null || maxWait.isNegative()) {
            throw new IllegalArgumentException("RetryPolicy.maxWait must be zero or positive, got " + maxWait
                    + ". Fix: pass Duration.ZERO to retry without waiting.");
        }
    }

    /** {@code maxRetries} retries, first backoff 500 ms, no wait longer than 30 s. */
    public static RetryPolicy of(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** Whether a response with {@code status} to {@code request} is worth repeating (retries left aside). */
    public boolean isRetryable(int status, Request request) {
        return ALWAYS_RETRYABLE.contains(status) || RETRYABLE_IF_REPEATABLE.contains(status) && isRepeatable(request);
    }

    /**
     * Whether sending {@code request} twice does no more harm than once: an idempotent method
     * ({@code GET}, {@code HEAD}, {@code OPTIONS}, {@code TRACE}, {@code PUT}, {@code DELETE}) or a
     * request carrying an {@code Idempotency-Key} header.
     */
    public static boolean isRepeatable(Request request) {
        return IDEMPOTENT_METHODS.contains(request.method().toUpperCase(Locale.ROOT))
                || request.header("Idempotency-Key") != null;
    }

    /**
     * The wait a {@code Retry-After} header asks for, bounded by {@code [0, maxWait]}.
     *
     * @param header the header's value: whole seconds, or an HTTP date (RFC 1123); may be null
     * @param now    the current time, to turn a date into a wait
     * @return empty when the header is absent or neither form (the caller then backs off itself)
     */
    public Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Duration asked;
        if (value.chars().allMatch(Character::isDigit)) {
            asked = value.length() > 12 ? maxWait : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                asked = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(bounded(asked));
    }

    /**
     * The backoff before retry number {@code attempt + 1} when the server gave no {@code Retry-After}:
     * {@code cap = min(initialBackoff * 2^attempt, maxWait)}, minus {@code jitter * cap / 2}.
     *
     * @param attempt the attempt that failed, from 0
     * @param jitter  a random number in {@code [0, 1]}
     * @return a wait in {@code [cap / 2, cap]}
     */
    public Duration backoff(int attempt, double jitter) {
        if (attempt < 0 || !(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff needs attempt >= 0 and jitter in [0, 1], got attempt "
                    + attempt + " and jitter " + jitter + ".");
        }
        int doublings = Math.min(attempt, 40);
        Duration cap = initialBackoff.toNanos() > (maxWait.toNanos() >> doublings)
                ? maxWait : initialBackoff.multipliedBy(1L << doublings);
        long capNanos = Math.min(cap.toNanos(), maxWait.toNanos());
        return Duration.ofNanos(capNanos - (long) (jitter * (capNanos / 2)));
    }

    private Duration bounded(Duration d) {
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }
}
