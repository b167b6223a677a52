package io.lakeflow.reports.view;

import java.util.ArrayList;
import java.util.List;

/**
 * One check for one connector, aggregated over its subjects (tables, or the connector itself).
 *
 * @param state    the worst state among the subjects, or {@link CellState#NOT_RUN} when there is none
 * @param passed   subjects that passed (including those passing thanks to an allowance)
 * @param failed   subjects that failed
 * @param skipped  subjects that were skipped
 * @param allowed  subjects that passed thanks to an allowance
 * @param subjects each subject's result, in the order of the result file
 */
public record Cell(CellState state, int passed, int failed, int skipped, int allowed, List<SubjectResult> subjects) {

    /** Copies the list. */
    public Cell {
        subjects = List.copyOf(subjects);
    }

    /** A cell for a check that did not run. */
    public static Cell notRun() {
        return new Cell(CellState.NOT_RUN, 0, 0, 0, 0, List.of());
    }

    /** Aggregates the subjects' results. */
    public static Cell of(List<SubjectResult> subjects) {
        if (subjects.isEmpty()) {
            return notRun();
        }
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int allowed = 0;
        for (SubjectResult s : subjects) {
            switch (s.state()) {
                case FAIL -> failed++;
                case SKIP -> skipped++;
                case ALLOWED -> {
                    passed++;
                    allowed++;
                }
                case PASS -> passed++;
                default -> throw new IllegalStateException("a result cannot be " + s.state());
            }
        }
        CellState state = failed > 0 ? CellState.FAIL : allowed > 0 ? CellState.ALLOWED
                : passed > 0 ? CellState.PASS : CellState.SKIP;
        return new Cell(state, passed, failed, skipped, allowed, subjects);
    }

    /** All subjects. */
    public int total() {
        return passed + failed + skipped;
    }

    /** The cell's main text, e.g. {@code fail 1/6}, {@code pass 5/5}, {@code skip 4/4}, {@code not run}. */
    public String label() {
        return switch (state) {
            case NOT_RUN -> state.label();
            case FAIL -> "fail " + failed + "/" + total();
            case SKIP -> "skip " + skipped + "/" + total();
            case PASS, ALLOWED -> state.label() + " " + passed + "/" + total();
        };
    }

    /** The other counts, e.g. {@code 4 pass · 1 skip}; empty when the label says it all. */
    public String secondary() {
        List<String> parts = new ArrayList<>();
        if (state == CellState.FAIL && passed > 0) {
            parts.add(passed + " pass");
        }
        if (state == CellState.ALLOWED && allowed > 0) {
            parts.add(allowed + " by allowance");
        }
        if (state != CellState.SKIP && skipped > 0) {
            parts.add(skipped + " skip");
        }
        return String.join(" · ", parts);
    }
}
