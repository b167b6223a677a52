/**
 * The Spark side of Lakeflow: the data source {@code lakeflow_connect}
 * ({@link io.lakeflow.pipeline.source}), the declarative pipeline spec
 * ({@link io.lakeflow.pipeline.spec}), the flows that maintain Delta tables
 * ({@link io.lakeflow.pipeline.flow}), the command line ({@link io.lakeflow.pipeline.cli}) and a
 * throughput benchmark ({@link io.lakeflow.pipeline.bench}).
 */
package io.lakeflow.pipeline;
