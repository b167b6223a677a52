package io.lakeflow.reports.results;

import java.nio.file.Path;

/**
 * Something wrong with the inputs that the dashboard shows instead of failing: a missing,
 * partial or malformed result file, or two results for the same connector.
 *
 * @param file    the file concerned, or {@code null} when none is
 * @param message what was expected, what was seen, and a {@code Fix:} hint
 */
public record ReportWarning(Path file, String message) {

    /** The warning as one line: the file, then the message. */
    @Override
    public String toString() {
        return file == null ? message : file + ": " + message;
    }
}
