package io.lakeflow.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class EscapingPropertiesTest {

    @Property(tries = 300)
    void escapedTextHasNoMarkupCharacters(@ForAll String text) {
        String escaped = Html.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
    }

    @Property(tries = 300)
    void escapingKeepsTheTextReadable(@ForAll String text) {
        String back = Html.escape(text).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");

        assertThat(back).hasSameSizeAs(text);
    }

    @Property(tries = 300)
    void markdownTextStaysOnOneLineAndCannotOpenATag(@ForAll String text) {
        String md = SummaryMarkdown.cell(text);

        assertThat(md).doesNotContain("\n", "\r", "<");
        assertThat(md.replace("\\|", "")).doesNotContain("|");
    }

    @Property(tries = 300)
    void anchorsAreSafeInUrlsAndIds(@ForAll String text) {
        assertThat(Html.anchor(text)).matches("[A-Za-z0-9_-]+");
    }

    @Property(tries = 300)
    void sitePathsStayInsideTheSite(@ForAll String connector) {
        assertThat(SitePaths.connectorPage(connector)).matches("connectors/[A-Za-z0-9_][A-Za-z0-9._-]*\\.html");
        assertThat(SitePaths.badge(connector)).matches("badges/[A-Za-z0-9_][A-Za-z0-9._-]*\\.svg");
    }
}
