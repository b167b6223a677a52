/**
 * The flows that keep one Delta table per spec object in step with its source table: append,
 * change data capture (SCD type 1 or 2, with the delete flow), and snapshots; and the
 * {@link io.lakeflow.pipeline.flow.Pipeline} that runs them all.
 */
package io.lakeflow.pipeline.flow;
