/**
 * What the dashboard shows, computed from the runs read: each connector's cell per check
 * (aggregated over its tables), totals per connector and per check, and trends over earlier runs.
 * Plain values, no markup: the {@link io.lakeflow.reports.site} writers render them.
 */
package io.lakeflow.reports.view;
