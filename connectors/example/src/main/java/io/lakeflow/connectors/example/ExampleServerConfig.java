package io.lakeflow.connectors.example;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an {@link ExampleSourceServer} behaves. Two servers with equal configs serve equal initial
 * data (and inject faults at the same requests, given the same requests in the same order).
 *
 * @param seed              seeds the data and the faults
 * @param token             the bearer token the server accepts
 * @param faultProbability  the chance, from 0 to 1, that a request is answered 429 or 503 instead
 * @param maxRetryAfter     the largest {@code Retry-After} (seconds) a 429 announces; 0 keeps fault tests fast
 * @param rowCounts         seeded row counts by table, overriding the catalog's; tables absent keep theirs
 * @param port              the loopback port to listen on; 0 (the default) picks a free one
 */
public record ExampleServerConfig(long seed, String token, double faultProbability, int maxRetryAfter,
                                  Map<String, Integer> rowCounts, int port) {

    /** The token a default server accepts. */
    public static final String DEFAULT_TOKEN = "example-token";

    /** Checks ranges and copies the row counts. */
    public ExampleServerConfig {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("ExampleServerConfig.token must not be blank");
        }
        if (!(faultProbability >= 0 && faultProbability <= 1)) {
            throw new IllegalArgumentException("ExampleServerConfig.faultProbability must be in [0, 1], got "
                    + faultProbability);
        }
        if (maxRetryAfter < 0) {
            throw new IllegalArgumentException("ExampleServerConfig.maxRetryAfter must be >= 0, got " + maxRetryAfter);
        }
        rowCounts.forEach((table, count) -> {
            ExampleCatalog.table(table);
            if (count < 0) {
                throw new IllegalArgumentException("ExampleServerConfig.rowCounts[" + table + "] must be >= 0, got " + count);
            }
        });
        rowCounts = Map.copyOf(rowCounts);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("ExampleServerConfig.port must be from 0 to 65535, got " + port);
        }
    }

    /** Seed 42, {@link #DEFAULT_TOKEN}, no faults, the catalog's row counts, a free port. */
    public static ExampleServerConfig defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of rows {@code table} starts with. */
    public int rowCount(ExampleTable table) {
        return rowCounts.getOrDefault(table.name(), table.seededRows());
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ExampleServerConfig{seed=" + seed + ", faultProbability=" + faultProbability
                + ", maxRetryAfter=" + maxRetryAfter + ", rowCounts=" + rowCounts + ", port=" + port + "}";
    }

    /** Builds an {@link ExampleServerConfig}. */
    public static final class Builder {
        private long seed = 42;
        private String token = DEFAULT_TOKEN;
        private double faultProbability;
        private int maxRetryAfter = 1;
        private final Map<String, Integer> rowCounts = new LinkedHashMap<>();
        private int port;

        private Builder() {
        }

        /** Seeds the data and the faults. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The accepted bearer token. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** The chance that a request fails with 429 or 503. */
        public Builder faultProbability(double faultProbability) {
            this.faultProbability = faultProbability;
            return this;
        }

        /** The largest {@code Retry-After}, in seconds, of a 429. */
        public Builder maxRetryAfter(int seconds) {
            this.maxRetryAfter = seconds;
            return this;
        }

        /** Seeds {@code count} rows in {@code table} instead of the catalog's number. */
        public Builder rowCount(String table, int count) {
            rowCounts.put(table, count);
            return this;
        }

        /** The loopback port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The config. */
        public ExampleServerConfig build() {
            return new ExampleServerConfig(seed, token, faultProbability, maxRetryAfter, rowCounts, port);
        }
    }
}
