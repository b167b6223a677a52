/**
 * Certifying a connector outside Maven: {@link io.lakeflow.reports.runner.ConformanceRunner}
 * launches the testkit's JUnit Platform engine over connector jars and writes the same result
 * files as {@code mvn verify} does.
 */
package io.lakeflow.reports.runner;
