package io.lakeflow.reports.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.lakeflow.reports.DashboardGenerator;
import io.lakeflow.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a person sees it: drawn from fixture results (one connector failing, three bad
 * files, earlier runs for trends), opened in real headless Chromium. The screenshots stay in
 * {@code target/} ({@code dashboard.png}, {@code dashboard-connector.png}) to look at.
 */
class DashboardInBrowserTest {

    private static final Path SITE = Path.of("target", "browser-dashboard");

    @BeforeAll
    static void drawDashboard() throws Exception {
        if (Boolean.getBoolean("lakeflow.skipBrowserTests")) {
            Assumptions.abort("lakeflow.skipBrowserTests=true");
        }
        if (!Files.isExecutable(HeadlessChromium.BINARY)) {
            fail("expected Chromium at " + HeadlessChromium.BINARY + " for the browser tests; seen none. Fix: "
                    + "apt-get update && apt-get install -y chromium (CI installs it), or run with -Dlakeflow.skipBrowserTests=true");
        }
        new DashboardGenerator().generate(List.of(Fixtures.path("results/good"), Fixtures.path("results/broken"),
                Fixtures.path("results/bad")), SITE, Optional.of(Fixtures.path("history")), false);
    }

    @Test
    void theMatrixNamesEveryConnectorAndShowsAFailingCellsMessage() throws Exception {
        Path png = Path.of("target", "dashboard.png");

        String dom = HeadlessChromium.open(SITE.resolve("index.html"), png, 1400, 900);

        assertThat(dom).contains("Checks × connectors");
        assertThat(dom).contains(">good</a>", ">broken</a>");
        assertThat(dom).contains("fail 1/5");
        assertThat(dom).contains("[orders] read_terminates: expected the offset to stop changing within 50 calls");
        assertThat(dom).as("a message holding HTML stays text").doesNotContain("<script>alert").doesNotContain("<b>still moving");
        assertThat(dom).contains("Warnings (3)");
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    @Test
    void theConnectorPageShowsTablesFailuresAndTrend() throws Exception {
        Path png = Path.of("target", "dashboard-connector.png");

        String dom = HeadlessChromium.open(SITE.resolve("connectors/broken.html"), png, 1400, 1800);

        assertThat(dom).contains("Failures (2)", "Checks × tables", "cdc_with_deletes", "priority is only set by agents");
        assertThat(dom).contains("Trend of broken over 2 runs");
        assertThat(dom).doesNotContain("<script>alert");
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
