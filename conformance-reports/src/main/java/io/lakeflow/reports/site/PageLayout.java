package io.lakeflow.reports.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The frame of every page: head with the inlined stylesheet, the header bar, main, footer. */
final class PageLayout {

    private static final String CSS = stylesheet();

    private PageLayout() {
    }

    /**
     * A whole page.
     *
     * @param title      the page title (plain text; escaped here)
     * @param crumbsHtml markup above the heading (already escaped), or empty
     * @param metaHtml   markup under the heading (already escaped)
     * @param bodyHtml   the main content (already escaped)
     * @param footerHtml the footer line (already escaped)
     */
    static String page(String title, String crumbsHtml, String metaHtml, String bodyHtml, String footerHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n"
                + "<header class=\"top\"><div class=\"wrap\">" + crumbsHtml + "<h1>" + Html.escape(title) + "</h1>"
                + "<p class=\"meta\">" + metaHtml + "</p></div></header>\n"
                + "<main id=\"content\" class=\"wrap\">\n" + bodyHtml + "</main>\n"
                + "<footer class=\"wrap\">" + footerHtml + "</footer>\n</body>\n</html>\n";
    }

    /** A status pill: the state's word on its colour. */
    static String pill(io.lakeflow.reports.view.CellState state, String text) {
        return "<span class=\"pill " + state.cssClass() + "\">" + Html.escape(text) + "</span>";
    }

    private static String stylesheet() {
        try (InputStream in = PageLayout.class.getResourceAsStream("dashboard.css")) {
            if (in == null) {
                throw new IllegalStateException("expected io/lakeflow/reports/site/dashboard.css on the class path; seen none. "
                        + "Fix: rebuild the lakeflow-conformance-reports jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
