package io.lakeflow.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.reports.Fixtures;
import io.lakeflow.reports.results.HistoryFolder;
import io.lakeflow.reports.results.LoadedResults;
import io.lakeflow.reports.results.ResultLocations;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static Dashboard dashboard() {
        LoadedResults current = new ResultLocations().read(List.of(Fixtures.path("results/good"), Fixtures.path("results/broken")));
        return Dashboard.of(current, new HistoryFolder(Fixtures.path("history")).read(), NOW);
    }

    @Test
    void aCellAggregatesACheckOverTables() {
        Dashboard d = dashboard();
        ConnectorView broken = d.connectors().get(0);
        ConnectorView good = d.connectors().get(1);
        assertThat(broken.name()).isEqualTo("broken");

        Cell readTerminates = broken.cell("read_terminates");
        assertThat(readTerminates.state()).isEqualTo(CellState.FAIL);
        assertThat(readTerminates.label()).isEqualTo("fail 1/5");
        assertThat(readTerminates.secondary()).isEqualTo("3 pass · 1 skip");
        assertThat(good.cell("read_terminates").label()).isEqualTo("pass 4/5");
        assertThat(good.cell("deletes_read").label()).isEqualTo("pass 1/5");
        assertThat(good.cell("list_tables").label()).isEqualTo("pass 1/1");
        assertThat(good.cell("no_such_check").state()).isEqualTo(CellState.NOT_RUN);
    }

    @Test
    void aPassThanksToAnAllowanceIsShownAsAllowedWithItsReason() {
        ConnectorView good = dashboard().connectors().get(1);

        Cell cell = good.cell("every_column_populated");
        assertThat(cell.state()).isEqualTo(CellState.ALLOWED);
        assertThat(cell.allowed()).isEqualTo(1);
        assertThat(cell.label()).isEqualTo("allowed 4/5");
        SubjectResult tickets = good.result("every_column_populated", "tickets").orElseThrow();
        assertThat(tickets.state()).isEqualTo(CellState.ALLOWED);
        assertThat(tickets.detail()).contains("column priority may stay null").contains("only set by agents");
        assertThat(good.result("every_column_populated", "orders").orElseThrow().state()).isEqualTo(CellState.PASS);
        assertThat(good.allowed()).isEqualTo(1);
    }

    @Test
    void totalsPerConnectorAndPerCheck() {
        Dashboard d = dashboard();

        assertThat(d.connectors()).extracting(ConnectorView::failed).containsExactly(2, 0);
        assertThat(d.connectors()).extracting(ConnectorView::passed).containsExactly(55, 57);
        assertThat(d.connectors()).extracting(ConnectorView::state).containsExactly(CellState.FAIL, CellState.PASS);
        assertThat(d.failingConnectors()).isEqualTo(1);
        assertThat(d.totals("read_terminates")).isEqualTo(new CheckTotals("read_terminates", 1, 0, 1, 0, 0));
        assertThat(d.totals("every_column_populated")).isEqualTo(new CheckTotals("every_column_populated", 0, 2, 0, 0, 0));
        assertThat(d.totals("every_column_populated").worst()).isEqualTo(CellState.ALLOWED);
        assertThat(d.checks()).startsWith("provider_registered", "list_tables", "unknown_table_rejected").hasSize(20);
    }

    @Test
    void theTrendHoldsEarlierRunsOnceAndOldestFirst() {
        Dashboard d = dashboard();
        List<TrendPoint> good = d.connectors().get(1).trend();

        assertThat(good).extracting(p -> p.startedAt().toString()).containsExactly("2026-11-20T10:00:00Z",
                "2026-11-24T10:00:00Z", "2026-11-27T01:59:52.854702686Z");
        assertThat(good).extracting(TrendPoint::current).containsExactly(false, false, true);
        assertThat(good.get(0).failed()).isEqualTo(6);
        // broken's history holds a run at the same time as... no: an earlier one; its current run is the latest
        assertThat(d.connectors().get(0).trend()).extracting(TrendPoint::current).containsExactly(false, true);
    }

    @Test
    void noResultsMakeAnEmptyDashboardWithoutWarningsAboutHistory() {
        Dashboard d = Dashboard.of(LoadedResults.empty(), LoadedResults.empty(), NOW);

        assertThat(d.connectors()).isEmpty();
        assertThat(d.checks()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }
}
