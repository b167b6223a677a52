package io.lakeflow.connectors.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a table into ranges of its first key column, for partitioned (parallel) batch reads.
 * Integer keys are split evenly between their minimum and maximum; other keys at quantiles
 * ({@code ntile} over the key, one scan). Each partition is
 * {@code {"lower": text or null, "upper": text or null}}: lower bound inclusive, upper exclusive,
 * {@code null} meaning unbounded, so that the ranges cover every row exactly once.
 */
final class KeyRanges {

    private static final long ROWS_PER_PARTITION = 250_000;
    private static final int MAX_PARTITIONS = 64;

    private final Connection connection;
    private final TablePlan plan;

    KeyRanges(Connection connection, TablePlan plan) {
        this.connection = connection;
        this.plan = plan;
    }

    /** The partitions: the requested number ({@code partitions} option) or one per 250,000 estimated rows. */
    List<Map<String, Object>> partitions() throws SQLException {
        TableInfo info = plan.info();
        int wanted = plan.partitions();
        if (wanted == 0) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = " + info.oid())) {
                long rows = rs.next() ? Math.max(0, rs.getLong(1)) : 0;
                wanted = (int) Math.min(MAX_PARTITIONS, Math.max(1, rows / ROWS_PER_PARTITION));
            }
        }
        Column key = info.column(plan.keys().get(0)).orElseThrow();
        List<String> bounds = wanted <= 1 ? List.of() : bounds(key, wanted);
        List<Map<String, Object>> out = new ArrayList<>();
        String lower = null;
        for (String upper : bounds) {
            out.add(range(lower, upper));
            lower = upper;
        }
        out.add(range(lower, null));
        return out;
    }

    private List<String> bounds(Column key, int n) throws SQLException {
        String k = SqlIdentifier.quote(key.name());
        ValueKind kind = key.type().kind();
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            if (kind == ValueKind.SHORT || kind == ValueKind.INT || kind == ValueKind.LONG) {
                try (ResultSet rs = s.executeQuery("SELECT min(" + k + ")::numeric, max(" + k + ")::numeric FROM "
                        + plan.info().quotedName())) {
                    rs.next();
                    if (rs.getBigDecimal(1) == null) {
                        return out;
                    }
                    java.math.BigInteger min = rs.getBigDecimal(1).toBigInteger();
                    java.math.BigInteger span = rs.getBigDecimal(2).toBigInteger().subtract(min).add(java.math.BigInteger.ONE);
                    for (int i = 1; i < n; i++) {
                        String b = min.add(span.multiply(java.math.BigInteger.valueOf(i))
                                .divide(java.math.BigInteger.valueOf(n))).toString();
                        if (out.isEmpty() || !out.get(out.size() - 1).equals(b)) {
                            out.add(b);
                        }
                    }
                }
            } else {
                try (ResultSet rs = s.executeQuery("SELECT min(" + k + ")::text FROM (SELECT " + k + ", ntile(" + n
                        + ") OVER (ORDER BY " + k + ") AS bucket FROM " + plan.info().quotedName() + " WHERE " + k
                        + " IS NOT NULL) b GROUP BY bucket HAVING bucket > 1 ORDER BY bucket")) {
                    while (rs.next()) {
                        String b = rs.getString(1);
                        if (out.isEmpty() || !out.get(out.size() - 1).equals(b)) {
                            out.add(b);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Object> range(String lower, String upper) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lower", lower);
        m.put("upper", upper);
        return m;
    }

    /**
     * The WHERE clause selecting {@code partition}'s rows (bounds as quoted literals); the first
     * partition also holds the rows whose first key column is null.
     *
     * @throws IllegalArgumentException for a descriptor that is not one of {@link #partitions()}'s
     */
    static String where(TablePlan plan, Map<String, Object> partition) {
        if (partition == null || !partition.containsKey("lower") || !partition.containsKey("upper")) {
            throw new IllegalArgumentException("Table " + plan.info().name() + ": partition " + partition
                    + " is not one of this connector's (expected keys lower and upper). Fix: pass a descriptor "
                    + "returned by getPartitions.");
        }
        Column key = plan.info().column(plan.keys().get(0)).orElseThrow();
        String k = SqlIdentifier.quote(key.name());
        Object lower = partition.get("lower");
        Object upper = partition.get("upper");
        List<String> parts = new ArrayList<>();
        if (lower != null) {
            parts.add(k + " >= " + SqlIdentifier.literal(lower.toString()) + "::" + key.sqlType());
        }
        if (upper != null) {
            String below = k + " < " + SqlIdentifier.literal(upper.toString()) + "::" + key.sqlType();
            parts.add(lower == null ? "(" + below + " OR " + k + " IS NULL)" : below);
        }
        return String.join(" AND ", parts);
    }
}
