/**
 * Writes the dashboard as a static, self-contained site: {@code index.html}, one page per
 * connector, {@code summary.json}, {@code summary.md} and {@code badges/<connector>.svg}. Every
 * value from a result file is escaped where it is written ({@link io.lakeflow.reports.site.Html}).
 */
package io.lakeflow.reports.site;
