package io.lakeflow.reports.view;

/**
 * How one check fared across all connectors: how many connectors' cells are in each state.
 *
 * @param check   the check's id
 * @param pass    connectors whose cell passed (without allowances)
 * @param allowed connectors whose cell passed with an allowance
 * @param fail    connectors whose cell failed
 * @param skip    connectors whose cell was skipped entirely
 * @param notRun  connectors for which the check did not run
 */
public record CheckTotals(String check, int pass, int allowed, int fail, int skip, int notRun) {

    /** The worst state any connector has for this check (not-run cells aside). */
    public CellState worst() {
        return fail > 0 ? CellState.FAIL : allowed > 0 ? CellState.ALLOWED : pass > 0 ? CellState.PASS
                : skip > 0 ? CellState.SKIP : CellState.NOT_RUN;
    }
}
