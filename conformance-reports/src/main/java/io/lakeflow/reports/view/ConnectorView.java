package io.lakeflow.reports.view;

import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.results.ConformanceRun;
import io.lakeflow.reports.results.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One connector's latest run as the dashboard shows it.
 *
 * @param run     the run
 * @param cells   the cell of each check that ran, by check id in the file's order
 * @param trend   earlier runs and this one, oldest first
 */
public record ConnectorView(ConformanceRun run, Map<String, Cell> cells, List<TrendPoint> trend) {

    /** Copies the collections. */
    public ConnectorView {
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        trend = List.copyOf(trend);
    }

    /** Aggregates {@code run}'s results by check. */
    public static ConnectorView of(ConformanceRun run, List<TrendPoint> trend) {
        Map<String, List<SubjectResult>> byCheck = new LinkedHashMap<>();
        for (CheckOutcome outcome : run.results()) {
            byCheck.computeIfAbsent(outcome.check(), c -> new ArrayList<>()).add(SubjectResult.of(outcome, run.allowances()));
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        byCheck.forEach((check, subjects) -> cells.put(check, Cell.of(subjects)));
        return new ConnectorView(run, cells, trend);
    }

    /** The connector's name. */
    public String name() {
        return run.connector();
    }

    /** The cell for {@code check}; {@link Cell#notRun()} when it did not run. */
    public Cell cell(String check) {
        return cells.getOrDefault(check, Cell.notRun());
    }

    /** Results that passed (including by allowance). */
    public int passed() {
        return run.counted().passed();
    }

    /** Results that failed. */
    public int failed() {
        return run.counted().failed();
    }

    /** Results that were skipped. */
    public int skipped() {
        return run.counted().skipped();
    }

    /** Results that passed thanks to an allowance. */
    public int allowed() {
        return cells.values().stream().mapToInt(Cell::allowed).sum();
    }

    /** The connector's overall state: fail if anything failed, not run if nothing ran. */
    public CellState state() {
        if (run.results().isEmpty()) {
            return CellState.NOT_RUN;
        }
        return failed() > 0 ? CellState.FAIL : passed() > 0 ? CellState.PASS : CellState.SKIP;
    }

    /** The failed results, in the file's order. */
    public List<CheckOutcome> failures() {
        return run.results().stream().filter(r -> r.status() == Status.FAIL).toList();
    }

    /** The subjects (tables, then the connector itself if it has connector-level results), in the file's order. */
    public List<String> subjects() {
        Set<String> subjects = new LinkedHashSet<>();
        run.tables().forEach(t -> subjects.add(t.name()));
        boolean connectorLevel = false;
        for (CheckOutcome r : run.results()) {
            if (r.table() == null) {
                connectorLevel = true;
            } else {
                subjects.add(r.table());
            }
        }
        List<String> ordered = new ArrayList<>();
        if (connectorLevel) {
            ordered.add(ConformanceRun.CONNECTOR_SUBJECT);
        }
        ordered.addAll(subjects);
        return ordered;
    }

    /** The result of {@code check} for {@code subject}, if it ran. */
    public java.util.Optional<SubjectResult> result(String check, String subject) {
        return cell(check).subjects().stream().filter(s -> s.outcome().subject().equals(subject)).findFirst();
    }
}
