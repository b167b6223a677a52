package io.lakeflow.reports.site;

import io.lakeflow.reports.results.AllowanceInfo;
import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.results.ColumnInfo;
import io.lakeflow.reports.results.ConformanceRun;
import io.lakeflow.reports.results.TableInfo;
import io.lakeflow.reports.view.Cell;
import io.lakeflow.reports.view.CellState;
import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.SubjectResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code connectors/<name>.html}: one connector's run, its trend, failures, tables (keys, cursor,
 * ingestion type), allowances, the checks × tables matrix and every result.
 */
final class ConnectorPage {

    private ConnectorPage() {
    }

    static String render(ConnectorView c, java.time.Instant generatedAt) {
        ConformanceRun run = c.run();
        StringBuilder body = new StringBuilder();
        body.append(WarningsBlock.render(run.problems(), " about this result file"));
        body.append(facts(c));
        body.append(trend(c));
        body.append(failures(c));
        body.append(tables(run));
        body.append(allowances(run));
        body.append(matrix(c));
        body.append(results(c));
        String crumbs = "<p class=\"crumbs\"><a href=\"../" + SitePaths.INDEX + "\">← All connectors</a></p>";
        String meta = PageLayout.pill(c.state(), IndexPage.stateText(c)) + " &nbsp;" + c.passed() + " passed · " + c.failed()
                + " failed · " + c.skipped() + " skipped · mode " + Html.escape(run.mode()) + " · "
                + Html.escape(DisplayText.time(run.startedAt()));
        String footer = "Generated " + Html.escape(DisplayText.time(generatedAt)) + " from <code>"
                + Html.escape(String.valueOf(run.source())) + "</code> · badge: <a href=\"../"
                + Html.escape(SitePaths.badge(c.name())) + "\">" + Html.escape(SitePaths.badge(c.name())) + "</a>";
        return PageLayout.page("Connector " + c.name(), crumbs, meta, body.toString(), footer);
    }

    private static String facts(ConnectorView c) {
        ConformanceRun run = c.run();
        return "<section class=\"card\" aria-labelledby=\"run-h\"><h2 id=\"run-h\">Run</h2><dl class=\"facts\">"
                + fact("Connector class", "<code>" + Html.escape(run.connectorClass() == null ? "unknown" : run.connectorClass()) + "</code>")
                + fact("Version", Html.escape(run.version()))
                + fact("Mode", Html.escape(run.mode()))
                + fact("Testkit", Html.escape(run.testkitVersion()))
                + fact("Started", Html.escape(DisplayText.time(run.startedAt())))
                + fact("Duration", Html.escape(DisplayText.duration(run.durationMs())))
                + fact("Results", c.passed() + " passed" + (c.allowed() > 0 ? " (" + c.allowed() + " by allowance)" : "")
                        + ", " + c.failed() + " failed, " + c.skipped() + " skipped")
                + fact("Records read", String.valueOf(run.results().stream().mapToLong(CheckOutcome::recordsRead).sum()))
                + "</dl></section>\n";
    }

    private static String fact(String term, String valueHtml) {
        return "<dt>" + Html.escape(term) + "</dt><dd>" + valueHtml + "</dd>";
    }

    private static String trend(ConnectorView c) {
        String note = c.trend().size() < 2
                ? "<p class=\"muted\">No earlier runs of this connector were given: pass <code>--history DIR</code> (a folder "
                        + "of earlier result files) to draw its trend.</p>"
                : "";
        StringBuilder rows = new StringBuilder();
        for (var p : c.trend()) {
            rows.append("<tr><td class=\"nowrap\">").append(Html.escape(DisplayText.time(p.startedAt())))
                    .append(p.current() ? " <strong>(latest)</strong>" : "").append("</td><td>").append(Html.escape(p.mode()))
                    .append("</td><td class=\"mono\">").append(Html.escape(p.version())).append("</td><td class=\"num\">")
                    .append(p.passed()).append("</td><td class=\"num\">").append(p.failed()).append("</td><td class=\"num\">")
                    .append(p.skipped()).append("</td></tr>");
        }
        return "<section class=\"card trend\" aria-labelledby=\"trend-h\"><h2 id=\"trend-h\">Trend</h2>"
                + TrendChart.full(c.name(), c.trend()) + TrendChart.legend() + note
                + "<details><summary>Trend as a table</summary><table><caption>Runs of " + Html.escape(c.name())
                + ", oldest first</caption><thead><tr><th scope=\"col\">Started</th><th scope=\"col\">Mode</th>"
                + "<th scope=\"col\">Version</th><th scope=\"col\" class=\"num\">Passed</th><th scope=\"col\" class=\"num\">Failed</th>"
                + "<th scope=\"col\" class=\"num\">Skipped</th></tr></thead><tbody>" + rows + "</tbody></table></details></section>\n";
    }

    private static String failures(ConnectorView c) {
        List<CheckOutcome> failures = c.failures();
        if (failures.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"failures-h\"><h2 id=\"failures-h\">Failures ("
                + failures.size() + ")</h2>");
        for (CheckOutcome f : failures) {
            html.append("<div class=\"failure\"><h3><code>").append(Html.escape(f.check())).append("</code> on ")
                    .append(Html.escape(f.subject())).append("</h3><pre>")
                    .append(Html.escape(f.message() == null ? "failed (no message recorded)" : f.message())).append("</pre>");
            html.append(notes(f));
            html.append("</div>");
        }
        return html.append("</section>\n").toString();
    }

    private static String tables(ConformanceRun run) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"tables-h\"><h2 id=\"tables-h\">Tables</h2>");
        if (run.tables().isEmpty()) {
            return html.append("<div class=\"card empty\">The result file lists no tables.</div></section>\n").toString();
        }
        html.append("<div class=\"table-frame\"><table><caption>The connector's tables as the suite read their metadata"
                + "</caption><thead><tr><th scope=\"col\">Table</th><th scope=\"col\">Ingestion type</th>"
                + "<th scope=\"col\">Primary keys</th><th scope=\"col\">Cursor</th><th scope=\"col\">Columns</th></tr></thead><tbody>");
        for (TableInfo t : run.tables()) {
            html.append("<tr><th scope=\"row\"><code>").append(Html.escape(t.name())).append("</code></th><td>")
                    .append(t.ingestionType() == null ? "<span class=\"muted\">unreadable</span>" : Html.escape(t.ingestionType()))
                    .append("</td><td>").append(t.primaryKeys().isEmpty() ? "<span class=\"muted\">none</span>"
                            : "<code>" + Html.escape(String.join(", ", t.primaryKeys())) + "</code>")
                    .append("</td><td>").append(t.cursorField() == null ? "<span class=\"muted\">none</span>"
                            : "<code>" + Html.escape(t.cursorField()) + "</code>")
                    .append("</td><td><details><summary>").append(Html.escape(DisplayText.count(t.columns().size(), "column", "columns")))
                    .append("</summary><ul class=\"notes\">");
            for (ColumnInfo col : t.columns()) {
                html.append("<li><code>").append(Html.escape(col.name())).append("</code> ").append(Html.escape(col.type()))
                        .append(col.nullable() ? "" : " <span class=\"muted\">not null</span>").append("</li>");
            }
            html.append("</ul></details></td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    private static String allowances(ConformanceRun run) {
        if (run.allowances().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"allowances-h\"><h2 id=\"allowances-h\">Allowances</h2>"
                + "<div class=\"table-frame\"><table><caption>Exceptions to a rule that the connector's author declared, each "
                + "with its reason</caption><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Table</th>"
                + "<th scope=\"col\">Column</th><th scope=\"col\">Check relaxed</th><th scope=\"col\">Reason</th></tr></thead><tbody>");
        for (AllowanceInfo a : run.allowances()) {
            html.append("<tr><td>").append(Html.escape(a.kind())).append("</td><td><code>").append(Html.escape(a.table()))
                    .append("</code></td><td>").append(a.column() == null ? "<span class=\"muted\">—</span>"
                            : "<code>" + Html.escape(a.column()) + "</code>")
                    .append("</td><td><code>").append(Html.escape(a.relaxedCheck().orElse("?"))).append("</code></td><td>")
                    .append(Html.escape(a.reason())).append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    private static String matrix(ConnectorView c) {
        List<String> tables = c.subjects().stream().filter(s -> !s.equals(ConformanceRun.CONNECTOR_SUBJECT)).toList();
        List<String> connectorChecks = c.cells().entrySet().stream()
                .filter(e -> e.getValue().subjects().stream().allMatch(s -> s.outcome().table() == null))
                .map(java.util.Map.Entry::getKey).toList();
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"cmatrix-h\"><h2 id=\"cmatrix-h\">Checks</h2>");
        html.append(IndexPage.legend());
        if (!connectorChecks.isEmpty()) {
            html.append("<div class=\"table-frame narrow\"><table class=\"matrix\"><caption>Connector-level checks, run once "
                    + "for the connector</caption><thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Result</th>"
                    + "</tr></thead><tbody>");
            for (String check : connectorChecks) {
                html.append("<tr><th scope=\"row\" id=\"check-").append(Html.anchor(check)).append("\">")
                        .append(Html.escape(check)).append("</th>");
                html.append(subjectCell(c.result(check, ConformanceRun.CONNECTOR_SUBJECT))).append("</tr>");
            }
            html.append("</tbody></table></div>");
        }
        html.append("<div class=\"table-frame\"><table class=\"matrix\"><caption>Checks × tables: each check for each table, "
                + "with its duration and the records it read; hover a cell for notes and reasons</caption><thead><tr>"
                + "<th scope=\"col\">Check</th>");
        for (String s : tables) {
            html.append("<th scope=\"col\">").append(Html.escape(s)).append("</th>");
        }
        html.append("<th scope=\"col\">Overall</th></tr></thead><tbody>");
        for (var entry : c.cells().entrySet()) {
            String check = entry.getKey();
            if (connectorChecks.contains(check)) {
                continue;
            }
            Cell cell = entry.getValue();
            html.append("<tr><th scope=\"row\" id=\"check-").append(Html.anchor(check)).append("\">").append(Html.escape(check))
                    .append("</th>");
            for (String s : tables) {
                html.append(subjectCell(c.result(check, s)));
            }
            html.append("<td class=\"cell ").append(cell.state().cssClass()).append("\"><span class=\"lbl\">")
                    .append(Html.escape(cell.label())).append("</span>");
            if (!cell.secondary().isEmpty()) {
                html.append("<span class=\"sub\">").append(Html.escape(cell.secondary())).append("</span>");
            }
            html.append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    /** One subject's cell: state, duration and records; a failure's message in full view, other details on hover. */
    private static String subjectCell(Optional<SubjectResult> r) {
        if (r.isEmpty()) {
            return "<td class=\"cell not-run\"><span class=\"lbl\">not run</span></td>";
        }
        SubjectResult result = r.get();
        CheckOutcome o = result.outcome();
        StringBuilder html = new StringBuilder("<td class=\"cell ").append(result.state().cssClass()).append("\"");
        String tip = result.state() == CellState.PASS ? String.join("; ", o.notes())
                : result.detail() + (o.notes().isEmpty() ? "" : "\n" + String.join("; ", o.notes()));
        if (!tip.isEmpty()) {
            html.append(" title=\"").append(Html.escape(tip)).append("\"");
        }
        html.append("><span class=\"lbl\">").append(Html.escape(result.state().label())).append("</span><span class=\"sub\">")
                .append(Html.escape(DisplayText.duration(o.durationMs())))
                .append(o.recordsRead() > 0 ? " · " + o.recordsRead() + " rec" : "").append("</span>");
        if (result.state() == CellState.FAIL || result.state() == CellState.ALLOWED) {
            html.append("<span class=\"msg\">").append(Html.escapeShort(result.detail(), IndexPage.CELL_MESSAGE_CHARS))
                    .append("</span>");
        }
        return html.append("</td>").toString();
    }

    private static String results(ConnectorView c) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"results-h\"><h2 id=\"results-h\">All results</h2>"
                + "<div class=\"table-frame\"><table><caption>Every result in the file's order</caption><thead><tr>"
                + "<th scope=\"col\">Check</th><th scope=\"col\">Table</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\" class=\"num\">Duration</th><th scope=\"col\" class=\"num\">Records</th>"
                + "<th scope=\"col\">Message, reason, notes</th></tr></thead><tbody>");
        for (CheckOutcome o : c.run().results()) {
            SubjectResult r = SubjectResult.of(o, c.run().allowances());
            html.append("<tr><th scope=\"row\"><code>").append(Html.escape(o.check())).append("</code></th><td>")
                    .append(Html.escape(o.subject())).append("</td><td>").append(PageLayout.pill(r.state(), r.state().label()))
                    .append("</td><td class=\"num\">").append(Html.escape(DisplayText.duration(o.durationMs())))
                    .append("</td><td class=\"num\">").append(o.recordsRead()).append("</td><td>");
            if (r.state() != CellState.PASS) {
                html.append("<pre>").append(Html.escape(r.detail())).append("</pre>");
            }
            html.append(notes(o)).append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    private static String notes(CheckOutcome o) {
        if (o.notes().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"notes\">");
        o.notes().forEach(n -> html.append("<li>").append(Html.escape(n)).append("</li>"));
        return html.append("</ul>").toString();
    }
}
