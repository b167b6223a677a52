package io.lakeflow.testkit.report;

import java.util.List;

/**
 * The outcome of one check for one subject, as written to the result file.
 *
 * @param check       the check's snake_case id
 * @param table       the table, or {@code null} for a connector-level result
 * @param status      {@code pass}, {@code fail} or {@code skip}
 * @param reason      why it was skipped (skip only)
 * @param message     the failure message (fail only)
 * @param durationMs  how long it ran
 * @param recordsRead records read from the source by the check
 * @param notes       things a reviewer should know (e.g. allowances used, repeats seen); maybe empty
 */
public record CheckResult(String check, String table, String status, String reason, String message,
                          long durationMs, long recordsRead, List<String> notes) {

    /** Status of a passed check. */
    public static final String PASS = "pass";
    /** Status of a failed check. */
    public static final String FAIL = "fail";
    /** Status of a skipped check. */
    public static final String SKIP = "skip";

    /** Copies the notes. */
    public CheckResult {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
