/**
 * The conformance result file, {@code target/lakeflow-conformance/<connector>.json}: one document
 * per test class run, described by the JSON Schema
 * {@code io/lakeflow/testkit/conformance-result.schema.json} and by {@code RESULTS.md}.
 * The dashboard ({@code conformance-reports}) reads only this.
 */
package io.lakeflow.testkit.report;
