package io.lakeflow.reports.site;

import io.lakeflow.reports.view.ConnectorView;
import io.lakeflow.reports.view.Dashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link Dashboard} as a static site into a folder. */
public final class DashboardSite {

    private DashboardSite() {
    }

    /**
     * Writes {@code index.html}, {@code connectors/<name>.html}, {@code summary.json},
     * {@code summary.md} and {@code badges/<name>.svg} into {@code out}, creating it.
     *
     * @return the index page
     * @throws IOException when the folder cannot be written
     */
    public static Path write(Dashboard dashboard, Path out) throws IOException {
        Files.createDirectories(out.resolve("connectors"));
        Files.createDirectories(out.resolve("badges"));
        Path index = out.resolve(SitePaths.INDEX);
        write(index, IndexPage.render(dashboard));
        for (ConnectorView c : dashboard.connectors()) {
            write(out.resolve(SitePaths.connectorPage(c.name())), ConnectorPage.render(c, dashboard.generatedAt()));
            write(out.resolve(SitePaths.badge(c.name())), Badge.svg(c));
        }
        write(out.resolve(SitePaths.SUMMARY_JSON), SummaryJson.render(dashboard));
        write(out.resolve(SitePaths.SUMMARY_MD), SummaryMarkdown.render(dashboard));
        return index;
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
