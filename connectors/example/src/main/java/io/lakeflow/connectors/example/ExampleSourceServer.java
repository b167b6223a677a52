package io.lakeflow.connectors.example;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The example source: a real HTTP API on 127.0.0.1 (a free port) serving the tables of
 * {@link ExampleCatalog} from seeded data, with bearer-token auth, cursor pagination, writes,
 * deletes and injected faults (see {@link ExampleApiHandler} for the routes).
 *
 * <p>Tests and the pipeline also drive it directly: {@link #insert}, {@link #update} and
 * {@link #delete} change the data as the HTTP writes do (same clock, same locks), and
 * {@link #rows} shows it. Thread-safe.
 *
 * <pre>{@code
 * try (ExampleSourceServer server = ExampleSourceServer.start(ExampleServerConfig.defaults())) {
 *     Map<String, String> options = Map.of("base_url", server.baseUrl(), "token", server.token());
 *     ...
 * }
 * }</pre>
 */
public final class ExampleSourceServer implements AutoCloseable {

    private static final Map<ExampleServerConfig, ExampleSourceServer> SHARED = new HashMap<>();

    static {
        // The JDK server flushes response headers before the body; without TCP_NODELAY every small
        // response then waits ~40 ms for the client's delayed ACK. Read once, when the first JDK
        // HTTP server of the process starts; an explicit setting is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ExampleServerConfig config;
    private final Map<String, TableStore> stores;
    private final FaultInjector faults;
    private final HttpServer http;
    private final ExecutorService executor;

    private ExampleSourceServer(ExampleServerConfig config) throws IOException {
        this.config = config;
        Map<String, List<Map<String, Object>>> seeded = new LinkedHashMap<>();
        String floor = CursorTime.format(SeededRows.FIRST_CURSOR);
        for (ExampleTable table : ExampleCatalog.tables()) {
            List<Map<String, Object>> rows = SeededRows.generate(table, config.rowCount(table), config.seed());
            seeded.put(table.name(), rows);
            String latest = TableStore.latestCursor(table, rows);
            floor = latest != null && latest.compareTo(floor) > 0 ? latest : floor;
        }
        ServerClock clock = new ServerClock(Clock.systemUTC(), Instant.parse(floor));
        Map<String, TableStore> byName = new LinkedHashMap<>();
        seeded.forEach((name, rows) -> byName.put(name, new TableStore(ExampleCatalog.table(name), clock, rows)));
        this.stores = Map.copyOf(byName);
        this.faults = new FaultInjector(config.faultProbability(), config.maxRetryAfter(), config.seed());
        this.executor = Executors.newFixedThreadPool(4, daemonThreads());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        http.createContext("/", new ExampleApiHandler(stores, config.token(), faults));
        http.setExecutor(executor);
        startAsDaemon(http);
    }

    /**
     * Runs a server until the process is stopped, printing its connection options: a stand-alone
     * example API for trying the connector with {@code base_url}. Arguments: {@code [port [seed]]}.
     */
    public static void main(String[] args) throws InterruptedException {
        ExampleServerConfig.Builder config = ExampleServerConfig.builder();
        if (args.length > 0) {
            config.port(Integer.parseInt(args[0]));
        }
        if (args.length > 1) {
            config.seed(Long.parseLong(args[1]));
        }
        ExampleSourceServer server = start(config.build());
        System.out.println("Example API listening: base_url=" + server.baseUrl() + " token=" + server.token()
                + " (the default test token; stop with Ctrl-C)");
        Thread.currentThread().join();
    }

    /**
     * Starts a new server on the config's loopback port (by default a free one).
     *
     * @throws UncheckedIOException when no socket can be opened
     */
    public static ExampleSourceServer start(ExampleServerConfig config) {
        try {
            return new ExampleSourceServer(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the example source on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /**
     * The process-wide server for {@code config}, started on first use and reused afterwards (until
     * closed). This is how {@link ExampleConnector} runs with no {@code base_url}: every connector
     * instance of the process, and the pipeline's, then read the same embedded source.
     */
    public static synchronized ExampleSourceServer shared(ExampleServerConfig config) {
        return SHARED.computeIfAbsent(config, ExampleSourceServer::start);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + http.getAddress().getPort();
    }

    /** The bearer token the server accepts. */
    public String token() {
        return config.token();
    }

    /** The server's config. */
    public ExampleServerConfig config() {
        return config;
    }

    /**
     * Inserts a row, or updates the row with the same key (see {@code POST /tables/{t}/records}),
     * stamping its cursor with the server clock.
     *
     * @param fields column values; the key may be absent (then the next id is used); the cursor must be absent
     * @return the row as stored
     * @throws IllegalArgumentException for an unknown table or field, or a missing required field
     */
    public Map<String, Object> insert(String table, Map<String, ?> fields) {
        return store(table).upsert(fields);
    }

    /**
     * Updates an existing row: {@code changes} replace its fields and its cursor is stamped anew.
     *
     * @throws IllegalArgumentException for an unknown table, row or field
     */
    public Map<String, Object> update(String table, long id, Map<String, ?> changes) {
        Map<String, Object> fields = new LinkedHashMap<>(changes);
        fields.put(ExampleCatalog.table(table).keyField(), id);
        return store(table).upsert(fields, true);
    }

    /**
     * Deletes a row (see {@code DELETE /tables/{t}/records/{id}}).
     *
     * @return the tombstone, for tables that keep deletes; otherwise the removed row
     * @throws IllegalArgumentException for an unknown table or row
     */
    public Map<String, Object> delete(String table, long id) {
        return store(table).delete(id);
    }

    /** A copy of the table's live rows, by id. */
    public List<Map<String, Object>> rows(String table) {
        return store(table).rows();
    }

    /** A copy of the table's tombstones, by id (empty for tables that keep no deletes). */
    public List<Map<String, Object>> tombstones(String table) {
        return store(table).tombstones();
    }

    /** The table's high-water mark (see {@code GET /tables/{t}/watermark}), empty for a table without cursor values. */
    public Optional<String> watermark(String table) {
        return Optional.ofNullable(store(table).watermark());
    }

    /** How many faults the server injected so far. */
    public long faultsInjected() {
        return faults.injected();
    }

    /** Stops the server (and forgets it, if it was {@link #shared}). */
    @Override
    public void close() {
        synchronized (ExampleSourceServer.class) {
            SHARED.values().remove(this);
        }
        http.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "ExampleSourceServer{" + baseUrl() + ", " + config + "}";
    }

    private TableStore store(String table) {
        ExampleCatalog.table(table);
        return stores.get(table);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "example-source-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Starts the server from a daemon thread: the JDK server's dispatcher thread inherits its
     * daemon status, so an embedded source never keeps the JVM (or a pipeline run) alive.
     */
    private static void startAsDaemon(HttpServer http) {
        Thread starter = new Thread(http::start, "example-source-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the example source", e);
        }
    }
}
