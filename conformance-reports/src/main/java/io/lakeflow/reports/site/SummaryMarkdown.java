package io.lakeflow.reports.site;

import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.view.CellState;
import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.Dashboard;

/**
 * {@code summary.md}: a pull-request comment: one line per connector, then each failure (in a
 * collapsed block), then the warnings. Values are escaped so a message cannot break the table or
 * inject markup.
 */
final class SummaryMarkdown {

    /** How much of a failure message the comment shows. */
    private static final int MESSAGE_CHARS = 400;

    private SummaryMarkdown() {
    }

    static String render(Dashboard d) {
        StringBuilder md = new StringBuilder("### Lakeflow connector conformance\n\n");
        if (d.connectors().isEmpty()) {
            md.append("No connector results found.\n");
        } else {
            long failing = d.failingConnectors();
            md.append(failing == 0 ? "✅ All " + d.connectors().size() + " connectors pass."
                    : "❌ " + failing + " of " + d.connectors().size() + " connectors fail.").append("\n\n");
            md.append("| Connector | Status | Passed | Failed | Skipped | Mode | Version |\n");
            md.append("| --- | --- | ---: | ---: | ---: | --- | --- |\n");
            for (ConnectorView c : d.connectors()) {
                md.append("| ").append(cell(c.name())).append(" | ").append(c.state() == CellState.FAIL ? "❌ " : "✅ ")
                        .append(IndexPage.stateText(c)).append(" | ").append(c.passed()).append(" | ").append(c.failed())
                        .append(" | ").append(c.skipped()).append(" | ").append(cell(c.run().mode())).append(" | ")
                        .append(cell(c.run().version())).append(" |\n");
            }
            for (ConnectorView c : d.connectors()) {
                if (c.failures().isEmpty()) {
                    continue;
                }
                md.append("\n<details><summary>").append(Html.escape(c.name())).append(": ")
                        .append(c.failures().size()).append(" failed</summary>\n\n");
                for (CheckOutcome f : c.failures()) {
                    md.append("- `").append(code(f.check())).append("` on `").append(code(f.subject())).append("`: ")
                            .append(text(f.message() == null ? "failed (no message recorded)" : f.message())).append("\n");
                }
                md.append("\n</details>\n");
            }
        }
        if (!d.warnings().isEmpty()) {
            md.append("\n⚠️ ").append(d.warnings().size()).append(" warning(s) about result files:\n\n");
            d.warnings().forEach(w -> md.append("- ").append(text(w.toString())).append("\n"));
        }
        return md.toString();
    }

    /** Text inside a table cell: pipes escaped (by {@link #text}), one line, markup escaped. */
    static String cell(String s) {
        return text(s);
    }

    /** Text in a list item: one line, HTML escaped, Markdown emphasis/link characters escaped, cut short. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("[\\r\\n]+", " ");
        if (one.length() > MESSAGE_CHARS) {
            one = one.substring(0, MESSAGE_CHARS - 1) + "…";
        }
        StringBuilder out = new StringBuilder();
        for (char ch : one.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if ("\\`*_[]()#!|~".indexOf(ch) >= 0) {
                        out.append('\\');
                    }
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }

    /** Text inside backticks: no backticks, one line. */
    static String code(String s) {
        return s == null ? "" : s.replace('`', '\'').replaceAll("[\\r\\n]+", " ");
    }
}
