/**
 * Reading conformance result files (schema version 1, see {@code testkit/RESULTS.md}) into plain
 * records. Reading never throws for a bad file: a missing, partial or malformed file becomes a
 * {@link io.lakeflow.reports.results.ReportWarning} shown on the dashboard.
 */
package io.lakeflow.reports.results;
