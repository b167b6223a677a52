package io.lakeflow.reports.results;

import java.util.List;

/**
 * One check's result for one subject.
 *
 * @param check       the check's id, e.g. {@code read_terminates}
 * @param table       the table, or {@code null} for a connector-level result
 * @param status      pass, fail or skip
 * @param reason      why it was skipped; {@code null} otherwise
 * @param message     the failure message; {@code null} unless failed
 * @param durationMs  how long it ran
 * @param recordsRead how many records it read
 * @param notes       things a reviewer should know; maybe empty
 */
public record CheckOutcome(String check, String table, Status status, String reason, String message, long durationMs,
                           long recordsRead, List<String> notes) {

    /** Copies the notes. */
    public CheckOutcome {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The subject's display name: the table, or {@value ConformanceRun#CONNECTOR_SUBJECT}. */
    public String subject() {
        return table == null ? ConformanceRun.CONNECTOR_SUBJECT : table;
    }
}
