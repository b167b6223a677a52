package io.lakeflow.testkit.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A real HTTP server on loopback (an ephemeral port of 127.0.0.1) that answers every request through a
 * {@link RequestHandler}, injecting faults from a {@link FaultInjector} first.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatorServer.class.getName());

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // about 40 ms per keep-alive request, a tenth of the throughput.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FaultInjector faults;
    private final String baseUrl;

    private SimulatorServer(HttpServer server, ExecutorService executor, FaultInjector faults) {
        this.server = server;
        this.executor = executor;
        this.faults = faults;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Starts a server.
     *
     * @param handler    answers requests
     * @param faults     the faults to inject
     * @param errorShape builds an error body for injected 429/500/503 answers: (status, message) to response
     */
    public static SimulatorServer start(RequestHandler handler, FaultPlan faults,
                                        BiFunction<Integer, String, SimResponse> errorShape) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        SimulatorServer sim = new SimulatorServer(server, executor, new FaultInjector(faults));
        server.createContext("/", exchange -> sim.serve(exchange, handler, errorShape));
        server.start();
        return sim;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The faults injected so far. */
    public FaultInjector faults() {
        return faults;
    }

    private void serve(HttpExchange exchange, RequestHandler handler, BiFunction<Integer, String, SimResponse> errorShape) {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            SimRequest request = new SimRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getPath(), QueryString.parse(exchange.getRequestURI().getRawQuery()),
                    headers, body, baseUrl);
            Fault fault = faults.next();
            int retryAfter = faults.plan().retryAfterSeconds();
            SimResponse response = switch (fault) {
                case RATE_LIMITED -> errorShape.apply(429, "Too many requests hit the API too quickly (simulated).")
                        .withHeader("Retry-After", String.valueOf(retryAfter));
                case SERVER_ERROR -> errorShape.apply(500, "An error occurred with our API (simulated).");
                case UNAVAILABLE -> errorShape.apply(503, "The service is temporarily unavailable (simulated).")
                        .withHeader("Retry-After", String.valueOf(retryAfter));
                case CONNECTION_RESET -> null;
                case SLOW -> {
                    Thread.sleep(faults.plan().slowMillis());
                    yield handler.handle(request);
                }
                default -> handler.handle(request);
            };
            if (response == null) {
                return; // closing the exchange without headers drops the connection
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            byte[] bytes = response.body();
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                OutputStream out = exchange.getResponseBody();
                out.write(bytes, 0, fault == Fault.TRUNCATED_BODY ? bytes.length / 2 : bytes.length);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!(e instanceof IOException)) {
                LOG.log(System.Logger.Level.WARNING, "Simulator failed to answer a request", e);
                try {
                    byte[] msg = ("simulator error: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(500, msg.length);
                    exchange.getResponseBody().write(msg);
                } catch (IOException | RuntimeException ignored) {
                    // the client is gone or headers were sent; nothing more to do
                }
            }
        }
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
