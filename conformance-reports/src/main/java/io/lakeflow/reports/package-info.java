/**
 * The conformance dashboard: reads the result files the testkit writes
 * ({@code target/lakeflow-conformance/<connector>.json}) and draws a static site from them.
 *
 * <ul>
 *   <li>{@link io.lakeflow.reports.results}: reading result files, leniently (a bad file is a warning);</li>
 *   <li>{@link io.lakeflow.reports.view}: what the pages show (matrix cells, totals, trends);</li>
 *   <li>{@link io.lakeflow.reports.site}: writing HTML, SVG, JSON and Markdown;</li>
 *   <li>{@link io.lakeflow.reports.cli}: the command line and the Maven reactor entry point;</li>
 *   <li>{@link io.lakeflow.reports.runner}: certifying a connector jar outside Maven.</li>
 * </ul>
 */
package io.lakeflow.reports;
