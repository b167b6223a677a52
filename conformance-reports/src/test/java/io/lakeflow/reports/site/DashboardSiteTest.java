package io.lakeflow.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.reports.DashboardGenerator;
import io.lakeflow.reports.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSiteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);

    private static DashboardGenerator.Generated generate(Path out, String... locations) throws Exception {
        List<Path> paths = java.util.Arrays.stream(locations).map(Fixtures::path).toList();
        return new DashboardGenerator(CLOCK).generate(paths, out, Optional.of(Fixtures.path("history")), false);
    }

    @Test
    void writesEveryFileOfTheSite(@TempDir Path out) throws Exception {
        generate(out, "results/good", "results/broken");

        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("connectors/good.html")).exists();
        assertThat(out.resolve("connectors/broken.html")).exists();
        assertThat(out.resolve("badges/good.svg")).content().contains("57 passed").contains("#2e7d32");
        assertThat(out.resolve("badges/broken.svg")).content().contains("2 failed").contains("#c62828");
        assertThat(out.resolve("summary.md")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void theIndexNamesConnectorsAndShowsFailuresEscaped(@TempDir Path out) throws Exception {
        generate(out, "results/good", "results/broken");
        String index = Files.readString(out.resolve("index.html"));

        assertThat(index).contains("<a href=\"connectors/good.html\">good</a>", "<a href=\"connectors/broken.html\">broken</a>");
        assertThat(index).contains("fail 1/5", "allowed 4/5", "pass 4/5");
        assertThat(index).contains("[orders] read_terminates: expected the offset to stop changing");
        assertThat(index).doesNotContain("<script>", "<b>still moving</b>");
        assertThat(index).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(index).contains("<caption>", "scope=\"col\"", "scope=\"row\"", "55 pass · 2 fail · 28 skip");
        assertThat(index).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script", "<link");
    }

    @Test
    void theConnectorPageShowsTablesAllowancesFailuresAndTrend(@TempDir Path out) throws Exception {
        generate(out, "results/good", "results/broken");
        String good = Files.readString(out.resolve("connectors/good.html"));
        String broken = Files.readString(out.resolve("connectors/broken.html"));

        assertThat(good).contains("<code>tickets</code>", "cdc_with_deletes", "<code>updated_at</code>", "<code>id</code>");
        assertThat(good).contains("priority is only set by agents", "every_column_populated");
        assertThat(good).contains("<svg", "Trend of good over 3 runs (1 with failures)");
        assertThat(good).contains("converged after 4 call(s)");
        assertThat(broken).contains("Failures (2)", "map&lt;string, &amp; &gt; | `x`");
        assertThat(broken).doesNotContain("<script>");
    }

    @Test
    void summariesForMachinesAndPullRequests(@TempDir Path out) throws Exception {
        generate(out, "results/good", "results/broken");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        String md = Files.readString(out.resolve("summary.md"));

        assertThat(summary.path("totals").path("connectorsFailing").asInt()).isEqualTo(1);
        assertThat(summary.path("connectors").get(0).path("name").asText()).isEqualTo("broken");
        assertThat(summary.path("connectors").get(0).path("checks").path("read_terminates").path("label").asText())
                .isEqualTo("fail 1/5");
        assertThat(summary.path("connectors").get(1).path("trend")).hasSize(3);
        assertThat(summary.path("checks").get(0).path("check").asText()).isEqualTo("provider_registered");
        assertThat(md).contains("❌ 1 of 2 connectors fail.", "| broken | ❌ failing | 55 | 2 | 28 | live | 1.2.3 |");
        assertThat(md).contains("map&lt;string, &amp; &gt; \\| \\`x\\`").doesNotContain("<script>");
    }

    @Test
    void badFilesAreWarningsOnThePage(@TempDir Path out) throws Exception {
        generate(out, "results/good", "results/bad", "results/partial");
        String index = Files.readString(out.resolve("index.html"));
        String partial = Files.readString(out.resolve("connectors/partial.html"));

        assertThat(index).contains("Warnings (4)", "truncated.json", "ends early", "not-json.json", "other.json",
                "expected 85 results as its summary declares; seen 10");
        assertThat(index).doesNotContain("<b>not</b>");
        assertThat(partial).contains("about this result file", "seen 10");
    }

    @Test
    void noResultsMakeAnEmptyMatrixNotACrash(@TempDir Path out) throws Exception {
        DashboardGenerator.Generated generated = new DashboardGenerator(CLOCK)
                .generate(List.of(out.resolve("connectors")), out.resolve("site"), Optional.empty(), false);

        assertThat(generated.dashboard().connectors()).isEmpty();
        assertThat(out.resolve("site/index.html")).content().contains("No connector results found");
        assertThat(out.resolve("site/summary.md")).content().contains("No connector results found.");
    }
}
