package io.lakeflow.reports.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs read from result files, and warnings about files that could not be read (or only partly).
 *
 * @param runs     the runs read, in the order found
 * @param warnings what went wrong, for the dashboard to show
 */
public record LoadedResults(List<ConformanceRun> runs, List<ReportWarning> warnings) {

    /** Copies the lists. */
    public LoadedResults {
        runs = List.copyOf(runs);
        warnings = List.copyOf(warnings);
    }

    /** Nothing read, no warning. */
    public static LoadedResults empty() {
        return new LoadedResults(List.of(), List.of());
    }

    /** This and {@code other} together. */
    public LoadedResults plus(LoadedResults other) {
        List<ConformanceRun> r = new ArrayList<>(runs);
        r.addAll(other.runs);
        List<ReportWarning> w = new ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new LoadedResults(r, w);
    }

    /** Every warning: those about files, and the problems of each run read. */
    public List<ReportWarning> allWarnings() {
        List<ReportWarning> all = new ArrayList<>(warnings);
        runs.forEach(run -> all.addAll(run.problems()));
        return all;
    }
}
