/**
 * The conformance rules: one class per rule, named after it, each with a stable snake_case id
 * ({@link io.lakeflow.testkit.checks.ConformanceCheck#id()}) used in test names and reports.
 * {@link io.lakeflow.testkit.checks.ConformanceSuite#standardChecks()} lists them in run order.
 *
 * <p>Checks read through bounded drains (at most {@code sampleSize} records and
 * {@code maxBatches} calls), compare records by primary key and cursor, and report failures as
 * {@code [table] check_id: expected ...; seen .... Fix: ...}.
 */
package io.lakeflow.testkit.checks;
