/**
 * The throughput benchmark ({@link io.lakeflow.pipeline.bench.Bench}) and the {@code synthetic}
 * connector that generates its records in memory.
 */
package io.lakeflow.pipeline.bench;
