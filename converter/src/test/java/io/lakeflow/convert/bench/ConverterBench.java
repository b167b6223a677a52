package io.lakeflow.convert.bench;

import io.lakeflow.convert.RecordConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A small throughput benchmark (not a test): converts generated records of a 10-column schema
 * with the {@code JAVA} factory on one thread and prints records per second, by wall-clock and by
 * thread CPU time (the fairer figure when other processes share the cores).
 *
 * <p>Records are generated up front (a pool of 100,000 distinct records, cycled), so the figure
 * measures conversion only. Run after {@code mvn -pl converter test-compile}:
 * <pre>
 * java -cp converter/target/classes:converter/target/test-classes:&lt;test classpath&gt; \
 *     io.lakeflow.convert.bench.ConverterBench [records=1000000] [rounds=5]
 * </pre>
 */
public final class ConverterBench {

    static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.LongType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("email", DataTypes.StringType, true),
            DataTypes.createStructField("amount", DataTypes.createDecimalType(12, 2), true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("active", DataTypes.BooleanType, true),
            DataTypes.createStructField("created_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("birthday", DataTypes.DateType, true),
            DataTypes.createStructField("visits", DataTypes.IntegerType, true),
            DataTypes.createStructField("tags", DataTypes.createArrayType(DataTypes.StringType), true)});

    private ConverterBench() {
    }

    /** One record as a REST API would return it after JSON parsing. */
    static Map<String, Object> record(SplittableRandom r, long id) {
        Map<String, Object> m = new LinkedHashMap<>(16);
        m.put("id", id);
        m.put("name", "customer " + r.nextInt(1_000_000));
        m.put("email", "user" + r.nextInt(1_000_000) + "@example.com");
        m.put("amount", BigDecimal.valueOf(r.nextLong(10_000_000L), 2));
        m.put("score", r.nextDouble() * 100);
        m.put("active", r.nextBoolean());
        m.put("created_at", Instant.ofEpochSecond(1_600_000_000L + r.nextInt(100_000_000), r.nextInt(1_000_000) * 1000L)
                .toString());
        m.put("birthday", LocalDate.ofEpochDay(r.nextInt(20_000)).toString());
        m.put("visits", r.nextInt(10_000));
        m.put("tags", List.of("t" + r.nextInt(10), "u" + r.nextInt(10)));
        m.put("ignored_extra", "x");
        return m;
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int poolSize = Math.min(total, 100_000);
        SplittableRandom random = new SplittableRandom(42);
        List<Map<String, Object>> pool = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            pool.add(record(random, i));
        }
        RecordConverter converter = RecordConverter.of(SCHEMA);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < total; i++) {
                Object[] row = (Object[]) converter.convert(pool.get(i % poolSize));
                sink += row.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // CPU time is the fairer figure on a shared machine: wall time includes waiting for a core.
            System.out.printf("%s %d: %,d records in %.3f s wall = %,.0f records/s; %.3f s CPU = %,.0f records/s%n",
                    round == 0 ? "warm-up" : "round", round, total, seconds, total / seconds, cpuSeconds,
                    total / cpuSeconds);
        }
        if (sink == 42) {
            System.out.println(); // keeps the results alive
        }
    }
}
