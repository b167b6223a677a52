package io.lakeflow.reports.site;

/** Where each file of the site goes, relative to its root. */
public final class SitePaths {

    /** The matrix of every connector. */
    public static final String INDEX = "index.html";
    /** The machine-readable summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** The summary for a pull-request comment. */
    public static final String SUMMARY_MD = "summary.md";

    private SitePaths() {
    }

    /** The connector's page, e.g. {@code connectors/stripe.html}. */
    public static String connectorPage(String connector) {
        return "connectors/" + fileName(connector) + ".html";
    }

    /** The connector's badge, e.g. {@code badges/stripe.svg}. */
    public static String badge(String connector) {
        return "badges/" + fileName(connector) + ".svg";
    }

    /** A file-name-safe form of a connector name (no path separators, no leading dot). */
    static String fileName(String connector) {
        String s = connector.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
