package io.lakeflow.reports.site;

import io.lakeflow.reports.view.TrendPoint;
import java.util.List;
import java.util.Locale;

/**
 * A connector's runs over time as an inline SVG of stacked bars (passed, failed, skipped per run),
 * readable without JavaScript: each bar has a {@code <title>}, and the chart a text alternative.
 */
final class TrendChart {

    private static final String PASS = "#2e8b57";
    private static final String FAIL = "#c62828";
    private static final String SKIP = "#aab3bc";
    private static final int MINI_RUNS = 12;

    private TrendChart() {
    }

    /** The full chart for a connector page. */
    static String full(String connector, List<TrendPoint> points) {
        int width = 640;
        int height = 170;
        int left = 40;
        int right = 10;
        int top = 12;
        int bottom = 30;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int max = Math.max(1, points.stream().mapToInt(TrendPoint::total).max().orElse(1));
        int n = Math.max(1, points.size());
        double slot = (double) plotW / n;
        double barW = Math.min(34, Math.max(3, slot * 0.7));
        StringBuilder svg = new StringBuilder();
        String titleId = "trend-" + Html.anchor(connector);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\">");
        svg.append("<title id=\"").append(titleId).append("\">").append(Html.escape(summary(connector, points))).append("</title>");
        // horizontal grid: 0, half, max
        for (int i = 0; i <= 2; i++) {
            double y = top + plotH - plotH * i / 2.0;
            svg.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(width - right)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"")
                    .append(i == 0 ? "" : " stroke-dasharray=\"3 3\"").append("/>");
            svg.append("<text class=\"lbl\" x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 3))
                    .append("\" text-anchor=\"end\">").append(Math.round(max * i / 2.0)).append("</text>");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double x = left + slot * i + (slot - barW) / 2;
            double y = top + plotH;
            svg.append("<g><title>").append(Html.escape(describe(p))).append("</title>");
            y = bar(svg, x, y, barW, plotH * (double) p.passed() / max, PASS);
            y = bar(svg, x, y, barW, plotH * (double) p.failed() / max, FAIL);
            bar(svg, x, y, barW, plotH * (double) p.skipped() / max, SKIP);
            svg.append("</g>");
            if (p.current() || i % labelEvery == 0) {
                svg.append("<text class=\"lbl\" x=\"").append(fmt(x + barW / 2)).append("\" y=\"").append(height - bottom + 14)
                        .append("\" text-anchor=\"middle\"").append(p.current() ? " font-weight=\"700\"" : "").append(">")
                        .append(Html.escape(p.current() ? "latest" : DisplayText.shortTime(p.startedAt()))).append("</text>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** A small sparkline for the index (no labels): the last {@value #MINI_RUNS} runs, newest on the right. */
    static String mini(String connector, List<TrendPoint> points) {
        List<TrendPoint> shown = points.size() > MINI_RUNS ? points.subList(points.size() - MINI_RUNS, points.size()) : points;
        int width = Math.max(1, shown.size()) * 8;
        int height = 22;
        int max = Math.max(1, shown.stream().mapToInt(TrendPoint::total).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" role=\"img\">");
        svg.append("<title>").append(Html.escape(summary(connector, points))).append("</title>");
        for (int i = 0; i < shown.size(); i++) {
            TrendPoint p = shown.get(i);
            double x = 8.0 * i + 1;
            double y = height;
            y = bar(svg, x, y, 6, height * (double) p.passed() / max, PASS);
            y = bar(svg, x, y, 6, height * (double) p.failed() / max, FAIL);
            bar(svg, x, y, 6, height * (double) p.skipped() / max, SKIP);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The colour key under the full chart. */
    static String legend() {
        return "<p class=\"legend\"><span class=\"swatch\" style=\"background:" + PASS + "\"></span>passed"
                + "<span class=\"swatch\" style=\"background:" + FAIL + "\"></span>failed"
                + "<span class=\"swatch\" style=\"background:" + SKIP + "\"></span>skipped"
                + "<span>one bar per run, oldest on the left; hover a bar for its details</span></p>";
    }

    /** The text alternative: how many runs, and the latest counts. */
    static String summary(String connector, List<TrendPoint> points) {
        if (points.isEmpty()) {
            return "No runs of " + connector;
        }
        TrendPoint last = points.get(points.size() - 1);
        long failing = points.stream().filter(p -> p.failed() > 0).count();
        return "Trend of " + connector + " over " + DisplayText.count(points.size(), "run", "runs") + " (" + failing
                + " with failures); latest: " + last.passed() + " passed, " + last.failed() + " failed, " + last.skipped()
                + " skipped";
    }

    /** One bar's tooltip. */
    static String describe(TrendPoint p) {
        return DisplayText.time(p.startedAt()) + (p.current() ? " (latest)" : "") + ": " + p.passed() + " passed, "
                + p.failed() + " failed, " + p.skipped() + " skipped; mode " + p.mode() + ", version " + p.version();
    }

    private static double bar(StringBuilder svg, double x, double bottomY, double w, double h, String colour) {
        if (h <= 0) {
            return bottomY;
        }
        double y = bottomY - h;
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
                .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour).append("\"/>");
        return y;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
