/**
 * The Spark DataSource V2 {@code lakeflow_connect}: batch reads (offset loop drained, or
 * {@link io.lakeflow.connect.SupportsPartition} partitions in parallel), micro-batch streams with
 * offsets checkpointed by Spark, the delete flow, and the special tables
 * {@code _community_table_metadata}, {@code _community_namespaces}, {@code _community_tables}.
 */
package io.lakeflow.pipeline.source;
