/**
 * The {@code lakeflow-conformance} JUnit Platform engine: discovery of
 * {@link io.lakeflow.testkit.LakeflowConformance} classes, the descriptor tree (class, check,
 * subject), the run of each check on a worker thread with a time limit, and the result file.
 * Internal: connector authors use only the annotation.
 */
package io.lakeflow.testkit.engine;
