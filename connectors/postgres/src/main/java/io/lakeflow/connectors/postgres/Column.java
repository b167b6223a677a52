package io.lakeflow.connectors.postgres;

/**
 * One column of a table, as read from the catalog.
 *
 * @param name     the column name
 * @param type     how it is read and which Spark type it maps to
 * @param nullable whether it may be null (no NOT NULL constraint)
 * @param sqlType  PostgreSQL's name for the type ({@code format_type}), used to cast offset values back
 */
record Column(String name, ColumnType type, boolean nullable, String sqlType) {

    /** Converts one value of this column from its text output, naming the table and column when it does not fit. */
    Object read(String text, String table) {
        try {
            return type.parse(text);
        } catch (RuntimeException e) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
            throw new PostgresException("Column " + table + "." + name + " (" + sqlType + "): cannot read '" + shown
                    + "' as " + type.kind() + ": " + e.getMessage()
                    + ". Fix: report this value; meanwhile read the table through a view that casts the column to text.", e);
        }
    }
}
