package io.lakeflow.testkit.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Throughput of the simulator on loopback: list requests per second (10 records each, filtered, sorted,
 * paginated, JSON written) from concurrent keep-alive clients.
 *
 * <pre>
 * mvn -q -B -o -pl simulator test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.lakeflow.testkit.simulator.SimulatorBenchmark -Dexec.args="4 5"
 * </pre>
 * Arguments: client threads (default 4), seconds (default 5).
 */
public final class SimulatorBenchmark {

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ItemsSimulator sim = new ItemsSimulator()) {
            String base = sim.start().get("base_url");
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequestsPerHost(threads);
            OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(threads, 1, TimeUnit.MINUTES)).build();
            Request request = new Request.Builder().url(base + "/v1/items?limit=10&created[gte]=1002")
                    .header("Authorization", "Bearer " + ItemsSimulator.KEY).build();
            for (int i = 0; i < 500; i++) { // warm-up
                try (Response r = client.newCall(request).execute()) {
                    r.body().bytes();
                }
            }
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread w = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        try (Response r = client.newCall(request).execute()) {
                            r.body().bytes();
                            if (r.code() != 200) {
                                throw new IllegalStateException("status " + r.code());
                            }
                            done.incrementAndGet();
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                workers.add(w);
                w.start();
            }
            for (Thread w : workers) {
                w.join();
            }
            System.out.printf("simulator: %d requests in %d s with %d client threads = %.0f requests/s over HTTP%n",
                    done.get(), seconds, threads, done.get() / (double) seconds);
            SimRequest direct = new SimRequest("GET", "/v1/items",
                    QueryString.parse("limit=10&created%5Bgte%5D=1002"),
                    java.util.Map.of("authorization", "Bearer " + ItemsSimulator.KEY), new byte[0], base);
            long n = 0;
            long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < stop) {
                sim.dispatcher().handle(direct);
                n++;
            }
            System.out.printf("dispatcher alone (no HTTP, one thread): %.0f requests/s; load average %s%n", n / 2.0,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
