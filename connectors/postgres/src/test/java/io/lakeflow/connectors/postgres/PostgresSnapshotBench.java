package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.Offset;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Benchmark (not a test): snapshot rows/s of the connector on a 1M-row table against the embedded
 * server, next to {@code COPY (SELECT ...) TO STDOUT} through the driver's {@link CopyManager}
 * (the fastest way to get the same rows out as text), and the ratio.
 *
 * <pre>
 * mvn -q -o -f connectors/postgres/pom.xml test-compile exec:java \
 *   -Dexec.mainClass=io.lakeflow.connectors.postgres.PostgresSnapshotBench -Dexec.classpathScope=test [-Dexec.args=1000000]
 * </pre>
 */
public final class PostgresSnapshotBench {

    private PostgresSnapshotBench() {
    }

    /** Runs the benchmark; the first argument is the row count (default 1,000,000). */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String db = TestDatabase.createDatabase("bench");
        long t0 = System.nanoTime();
        TestDatabase.execute(db, """
                CREATE TABLE big (id bigint PRIMARY KEY, customer text NOT NULL, amount numeric(12,2),
                  placed_at timestamptz, active boolean, note text)""",
                "INSERT INTO big SELECT g, 'customer ' || (g % 9973), (g % 100000) / 100.0, "
                        + "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second', g % 2 = 0, "
                        + "CASE WHEN g % 10 = 0 THEN NULL ELSE md5(g::text) END FROM generate_series(1, " + rows + ") g",
                "VACUUM ANALYZE big");
        System.out.printf("loaded %,d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
        Map<String, String> snapshot = Map.of("ingestion_type", "snapshot");
        int rounds = 5;
        double[] connector = new double[rounds];
        double[] partitioned = new double[rounds];
        double[] copy = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            connector[round] = timeConnector(db, snapshot, rows);
            partitioned[round] = timePartitioned(db, rows);
            copy[round] = timeCopy(db, rows);
            System.out.printf("round %d: connector snapshot %,.0f rows/s | connector 2 partitions in parallel %,.0f rows/s"
                    + " | COPY TO STDOUT %,.0f rows/s%n", round + 1, connector[round], partitioned[round], copy[round]);
        }
        // The first round warms the JIT up; the median of the others resists the noise of a shared machine.
        double c = median(connector);
        double p = median(partitioned);
        double k = median(copy);
        System.out.printf("MEDIAN of rounds 2-%d: connector snapshot %,.0f rows/s, partitioned (2 threads) %,.0f rows/s,"
                + " COPY %,.0f rows/s; connector/COPY = %.2f, partitioned/COPY = %.2f%n", rounds, c, p, k, c / k, p / k);
        System.exit(0);
    }

    private static double median(double[] values) {
        double[] rest = java.util.Arrays.copyOfRange(values, 1, values.length);
        java.util.Arrays.sort(rest);
        return rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
    }

    private static double timeConnector(String db, Map<String, String> options, int expected) {
        long start = System.nanoTime();
        long n = 0;
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            Iterator<Map<String, Object>> it = c.readTable("public.big", Offset.empty(), options).records();
            while (it.hasNext()) {
                if (it.next() != null) {
                    n++;
                }
            }
        }
        check(n, expected);
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double timePartitioned(String db, int expected) throws Exception {
        Map<String, String> options = Map.of("ingestion_type", "snapshot", "partitions", "2");
        long start = System.nanoTime();
        List<Map<String, Object>> parts;
        try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
            parts = c.getPartitions("public.big", options);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts.size());
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Map<String, Object> part : parts) {
                counts.add(pool.submit(() -> {
                    long n = 0;
                    try (PostgresConnector c = new PostgresConnector(TestDatabase.options(db))) {
                        Iterator<Map<String, Object>> it = c.readPartition("public.big", part, options);
                        while (it.hasNext()) {
                            if (it.next() != null) {
                                n++;
                            }
                        }
                    }
                    return n;
                }));
            }
            long n = 0;
            for (Future<Long> f : counts) {
                n += f.get();
            }
            check(n, expected);
            return n / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static double timeCopy(String db, int expected) throws Exception {
        long start = System.nanoTime();
        long[] lines = new long[1];
        try (Connection c = TestDatabase.connect(db)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyOut("COPY (SELECT id, customer, amount, placed_at, active, note FROM big) TO STDOUT",
                    new OutputStream() {
                        @Override
                        public void write(int b) {
                            if (b == '\n') {
                                lines[0]++;
                            }
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            for (int i = off; i < off + len; i++) {
                                if (b[i] == '\n') {
                                    lines[0]++;
                                }
                            }
                        }
                    });
        }
        check(lines[0], expected);
        return lines[0] / ((System.nanoTime() - start) / 1e9);
    }

    private static void check(long n, int expected) {
        if (n != expected) {
            throw new IllegalStateException("read " + n + " rows, expected " + expected);
        }
    }
}
