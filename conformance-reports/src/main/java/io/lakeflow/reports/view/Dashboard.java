package io.lakeflow.reports.view;

import io.lakeflow.reports.results.ConformanceRun;
import io.lakeflow.reports.results.LoadedResults;
import io.lakeflow.reports.results.ReportWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the dashboard shows: one view per connector, the checks in suite order, totals per
 * check, and the warnings about inputs.
 *
 * @param generatedAt when the dashboard was drawn
 * @param connectors  one view per connector, by name
 * @param checks      every check id seen, in the suite's order (the order of the result files)
 * @param warnings    what was wrong with the inputs
 */
public record Dashboard(Instant generatedAt, List<ConnectorView> connectors, List<String> checks, List<ReportWarning> warnings) {

    /** Copies the lists. */
    public Dashboard {
        connectors = List.copyOf(connectors);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    /**
     * Builds the dashboard of the {@code current} runs, with trends from {@code history}.
     *
     * @param current     the latest run of each connector
     * @param history     earlier runs (any connector, any order; the current runs may be among them)
     * @param generatedAt the time to print as the dashboard's
     */
    public static Dashboard of(LoadedResults current, LoadedResults history, Instant generatedAt) {
        List<ConnectorView> views = new ArrayList<>();
        for (ConformanceRun run : current.runs()) {
            views.add(ConnectorView.of(run, trend(run, history.runs())));
        }
        views.sort(Comparator.comparing(ConnectorView::name));
        Set<String> checks = new LinkedHashSet<>();
        for (ConformanceRun run : current.runs()) {
            run.results().forEach(r -> checks.add(r.check()));
        }
        List<ReportWarning> warnings = new ArrayList<>(current.allWarnings());
        warnings.addAll(history.allWarnings());
        return new Dashboard(generatedAt, views, new ArrayList<>(checks), warnings);
    }

    private static List<TrendPoint> trend(ConformanceRun current, List<ConformanceRun> history) {
        List<TrendPoint> points = new ArrayList<>();
        for (ConformanceRun earlier : history) {
            if (earlier.connector().equals(current.connector()) && earlier.startedAt() != null
                    && !Objects.equals(earlier.startedAt(), current.startedAt())
                    && (current.startedAt() == null || earlier.startedAt().isBefore(current.startedAt()))) {
                points.add(point(earlier, false));
            }
        }
        points.add(point(current, true));
        points.sort(Comparator.comparing(TrendPoint::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return points;
    }

    private static TrendPoint point(ConformanceRun run, boolean current) {
        var counts = run.counted();
        return new TrendPoint(run.startedAt(), run.mode(), run.version(), counts.passed(), counts.failed(), counts.skipped(),
                current);
    }

    /** How {@code check} fared across connectors. */
    public CheckTotals totals(String check) {
        int pass = 0;
        int allowed = 0;
        int fail = 0;
        int skip = 0;
        int notRun = 0;
        for (ConnectorView c : connectors) {
            switch (c.cell(check).state()) {
                case PASS -> pass++;
                case ALLOWED -> allowed++;
                case FAIL -> fail++;
                case SKIP -> skip++;
                case NOT_RUN -> notRun++;
                default -> throw new IllegalStateException("unhandled state");
            }
        }
        return new CheckTotals(check, pass, allowed, fail, skip, notRun);
    }

    /** Connectors with at least one failure. */
    public long failingConnectors() {
        return connectors.stream().filter(c -> c.state() == CellState.FAIL).count();
    }
}
