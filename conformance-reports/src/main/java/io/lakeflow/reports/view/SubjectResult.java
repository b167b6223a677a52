package io.lakeflow.reports.view;

import io.lakeflow.reports.results.AllowanceInfo;
import io.lakeflow.reports.results.CheckOutcome;
import io.lakeflow.reports.results.Status;
import java.util.List;

/**
 * One check's result for one subject, with the allowances that made it pass.
 *
 * @param outcome    the result as read
 * @param allowances the declared allowances that relax this check for this table; empty if none
 */
public record SubjectResult(CheckOutcome outcome, List<AllowanceInfo> allowances) {

    /** Copies the list. */
    public SubjectResult {
        allowances = List.copyOf(allowances);
    }

    /** Pairs {@code outcome} with the allowances (of all {@code declared}) that relax it. */
    public static SubjectResult of(CheckOutcome outcome, List<AllowanceInfo> declared) {
        List<AllowanceInfo> relaxing = outcome.table() == null ? List.of() : declared.stream()
                .filter(a -> outcome.table().equals(a.table()) && a.relaxedCheck().map(outcome.check()::equals).orElse(false))
                .toList();
        return new SubjectResult(outcome, relaxing);
    }

    /** The state of this one result: pass with an allowance is {@link CellState#ALLOWED}. */
    public CellState state() {
        return switch (outcome.status()) {
            case FAIL -> CellState.FAIL;
            case SKIP -> CellState.SKIP;
            case PASS -> allowances.isEmpty() ? CellState.PASS : CellState.ALLOWED;
        };
    }

    /** What to read about it: the failure message, the skip reason, or the allowances' reasons. */
    public String detail() {
        if (outcome.status() == Status.FAIL) {
            return outcome.message() == null ? "failed (no message recorded)" : outcome.message();
        }
        if (outcome.status() == Status.SKIP) {
            return outcome.reason() == null ? "skipped (no reason recorded)" : outcome.reason();
        }
        return String.join("; ", allowances.stream().map(AllowanceInfo::describe).toList());
    }
}
