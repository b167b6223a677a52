/**
 * Entry points: {@link io.lakeflow.reports.cli.ReportsCommand} ({@code java -jar
 * lakeflow-conformance-reports.jar}, with the {@code certify} subcommand) and
 * {@link io.lakeflow.reports.cli.ReactorDashboard} (run by Maven at {@code verify}).
 */
package io.lakeflow.reports.cli;
