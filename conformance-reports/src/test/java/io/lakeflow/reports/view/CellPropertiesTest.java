package io.lakeflow.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakeflow.reports.results.AllowanceInfo;
import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.results.Status;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class CellPropertiesTest {

    @Property(tries = 300)
    void countsAddUpAndTheStateIsTheWorst(@ForAll @Size(max = 30) List<Status> statuses, @ForAll boolean allowEvery) {
        List<AllowanceInfo> allowances = new ArrayList<>();
        List<SubjectResult> subjects = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            if (allowEvery) {
                allowances.add(new AllowanceInfo(AllowanceInfo.NULL_COLUMN, "t" + i, "c", "because"));
            }
        }
        for (int i = 0; i < statuses.size(); i++) {
            subjects.add(SubjectResult.of(new CheckOutcome("every_column_populated", "t" + i, statuses.get(i), "r", "m", 1, 0,
                    List.of()), allowances));
        }

        Cell cell = Cell.of(subjects);

        long fails = statuses.stream().filter(s -> s == Status.FAIL).count();
        long passes = statuses.stream().filter(s -> s == Status.PASS).count();
        assertThat(cell.total()).isEqualTo(statuses.size());
        assertThat(cell.failed()).isEqualTo(fails);
        assertThat(cell.passed()).isEqualTo(passes);
        assertThat(cell.allowed()).isEqualTo(allowEvery ? passes : 0);
        CellState expected = statuses.isEmpty() ? CellState.NOT_RUN : fails > 0 ? CellState.FAIL
                : passes > 0 ? (allowEvery ? CellState.ALLOWED : CellState.PASS) : CellState.SKIP;
        assertThat(cell.state()).isEqualTo(expected);
        assertThat(cell.label()).startsWith(expected.label());
        if (expected == CellState.FAIL) {
            assertThat(cell.label()).isEqualTo("fail " + fails + "/" + statuses.size());
        }
    }
}
