package io.lakeflow.reports.results;

import java.util.Optional;

/**
 * An exception to a rule the connector's author declared, with the reason.
 *
 * @param kind   {@value #EMPTY_FIRST_READ} or {@value #NULL_COLUMN}
 * @param table  the table
 * @param column the column, or {@code null} for a table-wide allowance
 * @param reason why the exception is correct
 */
public record AllowanceInfo(String kind, String table, String column, String reason) {

    /** Kind of an allowance that lets a table's first read be empty. */
    public static final String EMPTY_FIRST_READ = "empty_first_read";
    /** Kind of an allowance that lets a column stay null in every sampled record. */
    public static final String NULL_COLUMN = "null_column";

    /** The check this allowance relaxes, when known: a pass of that check for the table is "allowed". */
    public Optional<String> relaxedCheck() {
        return switch (kind == null ? "" : kind) {
            case EMPTY_FIRST_READ -> Optional.of("read_shape");
            case NULL_COLUMN -> Optional.of("every_column_populated");
            default -> Optional.empty();
        };
    }

    /** A short description: the kind, the column if any, and the reason. */
    public String describe() {
        String what = NULL_COLUMN.equals(kind) && column != null ? "column " + column + " may stay null"
                : EMPTY_FIRST_READ.equals(kind) ? "first read may be empty" : kind;
        return what + ": " + reason;
    }
}
