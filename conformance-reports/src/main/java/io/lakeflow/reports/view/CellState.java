package io.lakeflow.reports.view;

/** The state a matrix cell shows, worst first: a cell is as bad as its worst result. */
public enum CellState {
    /** At least one subject failed. */
    FAIL("fail"),
    /** Every subject passed or was skipped, and at least one passed only thanks to a declared allowance. */
    ALLOWED("allowed"),
    /** Every subject passed or was skipped, at least one passed. */
    PASS("pass"),
    /** Every subject was skipped. */
    SKIP("skip"),
    /** The check did not run for this connector at all. */
    NOT_RUN("not run");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    /** The word shown in the cell (status is always in text, not only in colour). */
    public String label() {
        return label;
    }

    /** The CSS class and JSON name: {@code fail}, {@code allowed}, {@code pass}, {@code skip}, {@code not-run}. */
    public String cssClass() {
        return label.replace(' ', '-');
    }
}
