package io.lakeflow.reports.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.results.ReportWarning;
import io.lakeflow.reports.view.Cell;
import io.lakeflow.reports.view.CheckTotals;
import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.Dashboard;
import io.lakeflow.reports.view.TrendPoint;

/**
 * {@code summary.json}: the dashboard for machines ({@code summaryVersion} 1): per connector its
 * run, counts, state, each check's cell, failures and trend; per check its totals; the warnings.
 */
final class SummaryJson {

    /** The version of this document's shape. */
    static final int SUMMARY_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    static String render(Dashboard d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("summaryVersion", SUMMARY_VERSION);
        root.put("generatedAt", d.generatedAt().toString());
        ObjectNode totals = root.putObject("totals");
        totals.put("connectors", d.connectors().size());
        totals.put("connectorsFailing", d.failingConnectors());
        totals.put("passed", d.connectors().stream().mapToInt(ConnectorView::passed).sum());
        totals.put("failed", d.connectors().stream().mapToInt(ConnectorView::failed).sum());
        totals.put("skipped", d.connectors().stream().mapToInt(ConnectorView::skipped).sum());
        ArrayNode connectors = root.putArray("connectors");
        for (ConnectorView c : d.connectors()) {
            ObjectNode node = connectors.addObject();
            node.put("name", c.name());
            node.put("state", c.state().cssClass());
            node.put("connectorClass", c.run().connectorClass());
            node.put("version", c.run().version());
            node.put("mode", c.run().mode());
            node.put("startedAt", c.run().startedAt() == null ? null : c.run().startedAt().toString());
            node.put("durationMs", c.run().durationMs());
            node.put("passed", c.passed());
            node.put("failed", c.failed());
            node.put("skipped", c.skipped());
            node.put("allowed", c.allowed());
            node.put("page", SitePaths.connectorPage(c.name()));
            node.put("badge", SitePaths.badge(c.name()));
            node.put("source", String.valueOf(c.run().source()));
            ObjectNode checks = node.putObject("checks");
            c.cells().forEach((check, cell) -> checks.set(check, cell(cell)));
            ArrayNode failures = node.putArray("failures");
            for (CheckOutcome f : c.failures()) {
                ObjectNode fn = failures.addObject();
                fn.put("check", f.check());
                fn.put("table", f.table());
                fn.put("message", f.message());
            }
            ArrayNode trend = node.putArray("trend");
            for (TrendPoint p : c.trend()) {
                ObjectNode pn = trend.addObject();
                pn.put("startedAt", p.startedAt() == null ? null : p.startedAt().toString());
                pn.put("mode", p.mode());
                pn.put("version", p.version());
                pn.put("passed", p.passed());
                pn.put("failed", p.failed());
                pn.put("skipped", p.skipped());
                pn.put("current", p.current());
            }
        }
        ArrayNode checks = root.putArray("checks");
        for (String check : d.checks()) {
            CheckTotals t = d.totals(check);
            ObjectNode node = checks.addObject();
            node.put("check", check);
            node.put("state", t.worst().cssClass());
            node.put("pass", t.pass());
            node.put("allowed", t.allowed());
            node.put("fail", t.fail());
            node.put("skip", t.skip());
            node.put("notRun", t.notRun());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (ReportWarning w : d.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("file", w.file() == null ? null : w.file().toString());
            node.put("message", w.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode cell(Cell cell) {
        ObjectNode node = JSON.createObjectNode();
        node.put("state", cell.state().cssClass());
        node.put("label", cell.label());
        node.put("passed", cell.passed());
        node.put("failed", cell.failed());
        node.put("skipped", cell.skipped());
        node.put("allowed", cell.allowed());
        return node;
    }
}
