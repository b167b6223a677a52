package io.lakeflow.connectors.postgres;

import java.sql.SQLException;

/**
 * A failure of the PostgreSQL connector, worded for the person running it: what was expected,
 * what happened, where, and a {@code Fix:}. Messages never hold the password (PostgreSQL's own
 * messages, which are included, never do either).
 */
public final class PostgresException extends RuntimeException {

    PostgresException(String message) {
        super(message);
    }

    PostgresException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQLSTATE of the underlying {@link SQLException}, or {@code null}. */
    public String sqlState() {
        return getCause() instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /**
     * Wraps {@code e}, raised while doing {@code action} (e.g. {@code "reading table public.orders"}),
     * into a message that says what to do, by SQLSTATE.
     */
    static PostgresException of(SQLException e, String action, PostgresOptions options) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = options.describe();
        String server = firstLine(e.getMessage());
        String fix = switch (state) {
            case "28P01", "28000" -> "Authentication failed for user '" + options.user() + "' at " + where
                    + ". Fix: check the user and password options (and that pg_hba.conf admits this user from this host"
                    + (action.contains("replication") ? " for replication connections" : "") + ").";
            case "3D000" -> "Database not found at " + where + ". Fix: check the database option.";
            case "08001", "08004", "08006" -> "Cannot connect to PostgreSQL at " + where
                    + ". Fix: check host, port and sslmode, and that the server accepts TCP connections.";
            case "42501" -> "Permission denied while " + action + " at " + where
                    + ". Fix: grant the connector's user what is missing (SELECT on the table; REPLICATION for change "
                    + "capture; ownership of the table to add it to the publication), or name an existing "
                    + "publication_name that covers it.";
            case "55000" -> "The server is not set up for " + action + " at " + where
                    + ". Fix: set wal_level = logical (and max_replication_slots, max_wal_senders > 0) and restart "
                    + "PostgreSQL, or read the table with ingestion_type=cdc and a cursor_field.";
            case "42704" -> "Something the connector needs is missing while " + action + " at " + where
                    + " (a publication, a slot or a type). Fix: check that publication_name exists and already "
                    + "published the table when the table's slots were created; if it was created or extended later, "
                    + "drop the table's slots (named after slot_name) and run a full refresh.";
            case "42P01", "42703" -> "A table or column is missing while " + action + " at " + where
                    + ": it was probably dropped or altered during the run. Fix: check the table, then run again "
                    + "(a full refresh if its columns changed).";
            default -> "PostgreSQL failed while " + action + " at " + where + ".";
        };
        return new PostgresException(fix + " Server said: " + server + " (SQLSTATE " + state + ")", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
