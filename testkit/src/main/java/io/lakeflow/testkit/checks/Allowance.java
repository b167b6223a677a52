package io.lakeflow.testkit.checks;

/**
 * An exception to a rule granted by the test class (e.g. a column that may stay null), with
 * its reason. Reported in the result file so that reviewers see every exception.
 *
 * @param kind   {@code empty_first_read} or {@code null_column}
 * @param table  the table it applies to
 * @param column the column, or {@code null} when the allowance is for the whole table
 * @param reason why the exception is correct; a blank reason makes the check using it fail
 */
public record Allowance(String kind, String table, String column, String reason) {

    /** Kind of an allowance that lets a table's first read be empty. */
    public static final String EMPTY_FIRST_READ = "empty_first_read";
    /** Kind of an allowance that lets a column stay null in every sampled record. */
    public static final String NULL_COLUMN = "null_column";

    /** Whether the reason is missing. */
    public boolean reasonMissing() {
        return reason == null || reason.isBlank();
    }
}
