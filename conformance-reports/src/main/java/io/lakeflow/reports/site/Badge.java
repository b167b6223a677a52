package io.lakeflow.reports.site;

import io.lakeflow.reports.view.ConnectorView;

/**
 * A connector's badge, {@code conformance | 57 passed} (green), {@code | 3 failed} (red) or
 * {@code | skipped} / {@code | no results} (grey), as a standalone SVG for a README.
 */
final class Badge {

    private static final String LABEL = "conformance";

    private Badge() {
    }

    /** The badge's value text. */
    static String value(ConnectorView connector) {
        return switch (connector.state()) {
            case FAIL -> connector.failed() + " failed";
            case PASS, ALLOWED -> connector.passed() + " passed";
            case SKIP -> "skipped";
            case NOT_RUN -> "no results";
        };
    }

    /** The SVG document. */
    static String svg(ConnectorView connector) {
        String value = value(connector);
        String colour = switch (connector.state()) {
            case FAIL -> "#c62828";
            case PASS, ALLOWED -> "#2e7d32";
            case SKIP, NOT_RUN -> "#5f6b76";
        };
        int labelW = textWidth(LABEL) + 12;
        int valueW = textWidth(value) + 12;
        int w = labelW + valueW;
        String title = connector.name() + " conformance: " + value;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"20\" role=\"img\" aria-label=\""
                + Html.escape(title) + "\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\".1\"/>"
                + "<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"" + w + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + labelW + "\" height=\"20\" fill=\"#3b434b\"/>"
                + "<rect x=\"" + labelW + "\" width=\"" + valueW + "\" height=\"20\" fill=\"" + colour + "\"/>"
                + "<rect width=\"" + w + "\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">"
                + "<text x=\"" + labelW / 2.0 + "\" y=\"14\">" + LABEL + "</text>"
                + "<text x=\"" + (labelW + valueW / 2.0) + "\" y=\"14\">" + Html.escape(value) + "</text></g></svg>\n";
    }

    /** An estimate of the text's width in Verdana 11px (no font metrics needed for a badge). */
    private static int textWidth(String text) {
        double w = 0;
        for (char c : text.toCharArray()) {
            w += c == ' ' ? 3.9 : Character.isDigit(c) ? 7.0 : "ilj.,:;|!'".indexOf(c) >= 0 ? 3.5
                    : "mwMW".indexOf(c) >= 0 ? 10.5 : Character.isUpperCase(c) ? 8.0 : 6.8;
        }
        return (int) Math.ceil(w);
    }
}
