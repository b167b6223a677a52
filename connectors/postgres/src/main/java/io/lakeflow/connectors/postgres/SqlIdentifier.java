package io.lakeflow.connectors.postgres;

/** Quoting of SQL identifiers, so that any table or column name is safe in generated SQL. */
final class SqlIdentifier {

    private SqlIdentifier() {
    }

    /** {@code name} as a quoted identifier: {@code my"col} becomes {@code "my""col"}. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code 'text'} as a string literal (for the few commands that take no parameters). */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
