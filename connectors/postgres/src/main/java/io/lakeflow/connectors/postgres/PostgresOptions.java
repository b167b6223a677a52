package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.ConnectionParameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The connector's connection options, checked, and the connections made from them.
 *
 * @param host            server host name or address
 * @param port            server port
 * @param database        database name
 * @param user            user name
 * @param password        password (secret; may be empty for trust authentication)
 * @param sslmode         pgjdbc sslmode: disable, allow, prefer, require, verify-ca, verify-full
 * @param slotPrefix      prefix of the replication slots the connector creates (one pair per table)
 * @param publication     the publication the slots decode
 * @param schemas         schemas to include; empty: every non-system schema
 */
record PostgresOptions(String host, int port, String database, String user, String password, String sslmode,
                       String slotPrefix, String publication, List<String> schemas) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,39}");

    /** Every option the connector accepts, for the provider's documentation. */
    static final List<ConnectionParameter> PARAMETERS = List.of(
            ConnectionParameter.required("host", "PostgreSQL server host name or address."),
            ConnectionParameter.optional("port", "PostgreSQL server port.", "5432"),
            ConnectionParameter.required("database", "Database to read."),
            ConnectionParameter.required("user", "User to connect as; change capture needs the REPLICATION attribute."),
            new ConnectionParameter("password", "Password of the user (empty for trust authentication).",
                    false, true, null),
            ConnectionParameter.optional("sslmode",
                    "TLS mode: disable, allow, prefer, require, verify-ca or verify-full.", "prefer"),
            ConnectionParameter.optional("slot_name",
                    "Prefix of the logical replication slots the connector creates, two per change-captured table "
                            + "(lowercase letters, digits, underscores).", "lakeflow"),
            ConnectionParameter.optional("publication_name",
                    "Publication decoded by the slots; created, or extended with the tables read, when needed.",
                    "lakeflow_pub"),
            ConnectionParameter.optional("schemas",
                    "Comma-separated schemas to include; empty: every schema but the system ones.", ""));

    /**
     * Reads and checks {@code options}.
     *
     * @throws IllegalArgumentException naming a missing or malformed option (never a password)
     */
    static PostgresOptions parse(Map<String, String> options) {
        if (options == null) {
            throw new IllegalArgumentException("PostgreSQL connector options are missing. Fix: pass at least host, "
                    + "database and user.");
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of("host", "database", "user")) {
            if (blank(options.get(name))) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL connector: missing option(s) " + missing
                    + ". Fix: set " + String.join(", ", missing) + " (e.g. host=127.0.0.1, database=app, user=reader).");
        }
        int port;
        String portText = options.getOrDefault("port", "5432").trim();
        try {
            port = Integer.parseInt(portText);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PostgreSQL connector: option port must be a number from 1 to 65535, got '"
                    + portText + "'. Fix: set port=5432 or the server's port.");
        }
        String sslmode = options.getOrDefault("sslmode", "prefer").trim();
        if (!List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full").contains(sslmode)) {
            throw new IllegalArgumentException("PostgreSQL connector: option sslmode must be one of disable, allow, "
                    + "prefer, require, verify-ca, verify-full; got '" + sslmode + "'.");
        }
        String slot = options.getOrDefault("slot_name", "lakeflow").trim();
        if (!IDENTIFIER.matcher(slot).matches()) {
            throw new IllegalArgumentException("PostgreSQL connector: option slot_name must be 1 to 40 lowercase letters, "
                    + "digits or underscores, starting with a letter or underscore; got '" + slot + "'.");
        }
        String publication = options.getOrDefault("publication_name", "lakeflow_pub").trim();
        if (blank(publication)) {
            throw new IllegalArgumentException("PostgreSQL connector: option publication_name must not be empty.");
        }
        List<String> schemas = Arrays.stream(options.getOrDefault("schemas", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new PostgresOptions(options.get("host").trim(), port, options.get("database").trim(),
                options.get("user").trim(), options.getOrDefault("password", ""), sslmode, slot, publication, schemas);
    }

    /** {@code host:port/database}, for messages. */
    String describe() {
        return host + ":" + port + "/" + database;
    }

    /**
     * An ordinary connection, set up so that every value is read as PostgreSQL's text output in
     * UTC and ISO style (snapshots and decoded changes then share one conversion).
     */
    Connection connect(String purpose) {
        try {
            Connection c = DriverManager.getConnection(url(), properties(false));
            try (Statement s = c.createStatement()) {
                s.execute("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; "
                        + "SET extra_float_digits = 3; SET bytea_output = 'hex'");
            }
            return c;
        } catch (SQLException e) {
            throw PostgresException.of(e, purpose, this);
        }
    }

    /** An ordinary connection in a read-only REPEATABLE READ transaction, for a consistent snapshot. */
    Connection connectSnapshot(String purpose) throws SQLException {
        Connection c = connect(purpose);
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** A replication-protocol connection (for creating slots with an exported snapshot). */
    Connection connectReplication(String purpose) {
        try {
            return DriverManager.getConnection(url(), properties(true));
        } catch (SQLException e) {
            throw PostgresException.of(e, purpose + " (replication connection)", this);
        }
    }

    private String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    private Properties properties(boolean replication) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", sslmode);
        p.setProperty("ApplicationName", "lakeflow-connector-postgres");
        p.setProperty("binaryTransfer", "false");
        p.setProperty("connectTimeout", "20");
        if (replication) {
            p.setProperty("replication", "database");
            p.setProperty("assumeMinServerVersion", "10");
            p.setProperty("preferQueryMode", "simple");
        }
        return p;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "PostgresOptions[" + user + "@" + describe() + ", sslmode=" + sslmode + ", slot_name=" + slotPrefix
                + ", publication_name=" + publication + ", schemas=" + schemas + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
