/**
 * The connector contract: what a source connector implements so that the testkit can certify it
 * and the pipeline can ingest it.
 *
 * <p>A connector is a class implementing {@link io.lakeflow.connect.LakeflowConnect} with a public
 * constructor taking {@code Map<String, String>} connection options, registered for
 * {@link java.util.ServiceLoader} through a {@link io.lakeflow.connect.LakeflowConnectorProvider}.
 * Optional capabilities are separate interfaces: {@link io.lakeflow.connect.SupportsPartition},
 * {@link io.lakeflow.connect.SupportsPartitionedStream} and
 * {@link io.lakeflow.connect.SupportsNamespaces}.
 *
 * <p>This package needs Spark's type classes ({@code spark-sql-api}) for
 * {@link org.apache.spark.sql.types.StructType}, not a Spark runtime.
 */
package io.lakeflow.connect;
