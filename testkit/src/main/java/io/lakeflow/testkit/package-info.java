/**
 * The testkit's public API: what a connector's tests use to certify a connector.
 *
 * <p>Annotate a test class without test methods with {@link io.lakeflow.testkit.LakeflowConformance};
 * the {@code lakeflow-conformance} JUnit Platform engine (in {@code io.lakeflow.testkit.engine})
 * then runs every conformance check (in {@code io.lakeflow.testkit.checks}) against the connector,
 * each check for each table as its own test, and writes a JSON result file (see
 * {@code io.lakeflow.testkit.report}). A {@link io.lakeflow.testkit.Simulator} stands in for the
 * source in {@link io.lakeflow.testkit.TestMode#SIMULATE} mode; a {@link io.lakeflow.testkit.WriteBack}
 * lets the suite write to the source and verify that the writes come back.
 */
package io.lakeflow.testkit;
