package io.lakeflow.reports.site;

import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.view.Cell;
import io.lakeflow.reports.view.CellState;
import io.lakeflow.reports.view.CheckTotals;
import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.Dashboard;
import io.lakeflow.reports.view.SubjectResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code index.html}: key figures, the connectors with their runs, and the checks × connectors
 * matrix (each cell aggregating a check over the connector's tables), with totals both ways.
 */
final class IndexPage {

    /** How much of a failure message a matrix cell shows; the connector page has it whole. */
    static final int CELL_MESSAGE_CHARS = 180;

    private IndexPage() {
    }

    static String render(Dashboard dashboard) {
        StringBuilder body = new StringBuilder();
        body.append(WarningsBlock.render(dashboard.warnings(), ""));
        body.append(kpis(dashboard));
        body.append(connectors(dashboard));
        body.append(matrix(dashboard));
        String meta = "Generated " + Html.escape(DisplayText.time(dashboard.generatedAt())) + " · "
                + Html.escape(DisplayText.count(dashboard.connectors().size(), "connector", "connectors")) + " · "
                + Html.escape(DisplayText.count(dashboard.checks().size(), "check", "checks"));
        String footer = "Lakeflow Community Connectors for Java · conformance dashboard · also as "
                + "<a href=\"" + SitePaths.SUMMARY_JSON + "\">summary.json</a> and <a href=\"" + SitePaths.SUMMARY_MD
                + "\">summary.md</a>";
        return PageLayout.page("Lakeflow connector conformance", "", meta, body.toString(), footer);
    }

    private static String kpis(Dashboard d) {
        long failing = d.failingConnectors();
        int passed = d.connectors().stream().mapToInt(ConnectorView::passed).sum();
        int failed = d.connectors().stream().mapToInt(ConnectorView::failed).sum();
        int skipped = d.connectors().stream().mapToInt(ConnectorView::skipped).sum();
        return "<section class=\"kpis\" aria-label=\"Key figures\">"
                + kpi("", String.valueOf(d.connectors().size()), "connectors")
                + kpi(failing > 0 ? "fail" : "pass", (d.connectors().size() - failing) + " / " + d.connectors().size(),
                        "connectors passing")
                + kpi("pass", String.valueOf(passed), "results passed")
                + kpi(failed > 0 ? "fail" : "", String.valueOf(failed), "results failed")
                + kpi("", String.valueOf(skipped), "results skipped")
                + "</section>\n";
    }

    private static String kpi(String cssClass, String number, String text) {
        return "<div class=\"kpi " + cssClass + "\"><span class=\"n\">" + Html.escape(number) + "</span><span class=\"t\">"
                + Html.escape(text) + "</span></div>";
    }

    private static String connectors(Dashboard d) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"connectors-h\"><h2 id=\"connectors-h\">Connectors</h2>");
        if (d.connectors().isEmpty()) {
            return html.append("<div class=\"card empty\">No connector results found. Run <code>mvn verify</code> on a "
                    + "connector module (results go to <code>target/lakeflow-conformance/</code>), or pass result folders "
                    + "on the command line.</div></section>\n").toString();
        }
        html.append("<div class=\"table-frame\"><table class=\"runs\"><caption class=\"wrap-caption\">The latest run of each "
                + "connector: its status, counts of results (one per check and table), mode and time.</caption><thead><tr>"
                + "<th scope=\"col\">Connector</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Passed</th>"
                + "<th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\" class=\"num\">Skipped</th>"
                + "<th scope=\"col\">Mode</th><th scope=\"col\">Version</th><th scope=\"col\">Started</th>"
                + "<th scope=\"col\" class=\"num\">Duration</th><th scope=\"col\">Trend</th></tr></thead><tbody>");
        for (ConnectorView c : d.connectors()) {
            html.append("<tr><th scope=\"row\"><a href=\"").append(Html.escape(SitePaths.connectorPage(c.name()))).append("\">")
                    .append(Html.escape(c.name())).append("</a></th>")
                    .append("<td>").append(PageLayout.pill(c.state(), stateText(c))).append("</td>")
                    .append("<td class=\"num\">").append(c.passed()).append(c.allowed() > 0
                            ? " <span class=\"muted\">(" + c.allowed() + " allowed)</span>" : "").append("</td>")
                    .append("<td class=\"num\">").append(c.failed()).append("</td>")
                    .append("<td class=\"num\">").append(c.skipped()).append("</td>")
                    .append("<td>").append(Html.escape(c.run().mode())).append("</td>")
                    .append("<td>").append(Html.escape(c.run().version())).append("</td>")
                    .append("<td class=\"nowrap\">").append(Html.escape(DisplayText.time(c.run().startedAt()))).append("</td>")
                    .append("<td class=\"num\">").append(Html.escape(DisplayText.duration(c.run().durationMs()))).append("</td>")
                    .append("<td class=\"trend\">").append(TrendChart.mini(c.name(), c.trend())).append("</td></tr>");
        }
        return html.append("</tbody></table></div></section>\n").toString();
    }

    static String stateText(ConnectorView c) {
        return switch (c.state()) {
            case FAIL -> "failing";
            case PASS, ALLOWED -> "passing";
            case SKIP -> "all skipped";
            case NOT_RUN -> "no results";
        };
    }

    private static String matrix(Dashboard d) {
        if (d.connectors().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"matrix-h\"><h2 id=\"matrix-h\">Checks × connectors</h2>");
        html.append(legend());
        html.append("<div class=\"table-frame\"><table class=\"matrix\"><caption>Each cell aggregates one check over a "
                + "connector's tables: the state, then how many tables (or the connector itself) are in it, e.g. "
                + "“fail 1/6”. Follow a cell for the details.</caption><thead><tr><th scope=\"col\">Check</th>");
        for (ConnectorView c : d.connectors()) {
            html.append("<th scope=\"col\"><a href=\"").append(Html.escape(SitePaths.connectorPage(c.name()))).append("\">")
                    .append(Html.escape(c.name())).append("</a></th>");
        }
        html.append("<th scope=\"col\">All connectors</th></tr></thead><tbody>");
        for (String check : d.checks()) {
            html.append("<tr><th scope=\"row\" id=\"check-").append(Html.anchor(check)).append("\">").append(Html.escape(check))
                    .append("</th>");
            for (ConnectorView c : d.connectors()) {
                html.append(cell(c, check));
            }
            html.append("<td class=\"totals\">").append(Html.escape(totals(d.totals(check)))).append("</td></tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">Results</th>");
        for (ConnectorView c : d.connectors()) {
            html.append("<td class=\"totals\">").append(c.passed()).append(" pass · ").append(c.failed()).append(" fail · ")
                    .append(c.skipped()).append(" skip</td>");
        }
        int passed = d.connectors().stream().mapToInt(ConnectorView::passed).sum();
        int failed = d.connectors().stream().mapToInt(ConnectorView::failed).sum();
        int skipped = d.connectors().stream().mapToInt(ConnectorView::skipped).sum();
        html.append("<td class=\"totals\">").append(passed).append(" pass · ").append(failed).append(" fail · ").append(skipped)
                .append(" skip</td></tr></tfoot></table></div></section>\n");
        return html.toString();
    }

    static String legend() {
        return "<p class=\"legend\">" + PageLayout.pill(CellState.PASS, "✓ pass") + PageLayout.pill(CellState.FAIL, "✗ fail")
                + PageLayout.pill(CellState.ALLOWED, "✓ allowed: passed by a declared allowance, with its reason")
                + PageLayout.pill(CellState.SKIP, "– skip: did not apply") + PageLayout.pill(CellState.NOT_RUN, "not run")
                + "</p>";
    }

    private static String cell(ConnectorView c, String check) {
        Cell cell = c.cell(check);
        StringBuilder html = new StringBuilder("<td class=\"cell ").append(cell.state().cssClass()).append("\"");
        String tip = tooltip(cell);
        if (!tip.isEmpty()) {
            html.append(" title=\"").append(Html.escape(tip)).append("\"");
        }
        html.append(">");
        if (cell.state() == CellState.NOT_RUN) {
            return html.append("<span class=\"lbl\">not run</span></td>").toString();
        }
        html.append("<a href=\"").append(Html.escape(SitePaths.connectorPage(c.name()))).append("#check-")
                .append(Html.anchor(check)).append("\"><span class=\"lbl\">").append(Html.escape(cell.label())).append("</span>");
        if (!cell.secondary().isEmpty()) {
            html.append("<span class=\"sub\">").append(Html.escape(cell.secondary())).append("</span>");
        }
        html.append("</a>");
        for (SubjectResult s : cell.subjects()) {
            if (s.state() == CellState.FAIL) {
                CheckOutcome o = s.outcome();
                html.append("<span class=\"msg\">").append(Html.escapeShort(o.message() == null ? "failed (no message recorded)"
                        : o.message(), CELL_MESSAGE_CHARS)).append("</span>");
                break; // the first failure; the page lists all
            }
        }
        return html.append("</td>").toString();
    }

    private static String tooltip(Cell cell) {
        List<String> lines = new ArrayList<>();
        for (SubjectResult s : cell.subjects()) {
            if (s.state() != CellState.PASS) {
                lines.add(s.outcome().subject() + ": " + s.state().label() + " – " + s.detail());
            }
        }
        String joined = String.join("\n", lines);
        return joined.length() > 1500 ? joined.substring(0, 1499) + "…" : joined;
    }

    private static String totals(CheckTotals t) {
        List<String> parts = new ArrayList<>();
        if (t.pass() > 0) {
            parts.add(t.pass() + " pass");
        }
        if (t.allowed() > 0) {
            parts.add(t.allowed() + " allowed");
        }
        if (t.fail() > 0) {
            parts.add(t.fail() + " fail");
        }
        if (t.skip() > 0) {
            parts.add(t.skip() + " skip");
        }
        if (t.notRun() > 0) {
            parts.add(t.notRun() + " not run");
        }
        return String.join(" · ", parts);
    }
}
