package io.lakeflow.connectors.postgres;

import io.lakeflow.testkit.WriteBack;
import io.lakeflow.testkit.WrittenRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes to the simulator's tables through JDBC (insert, update, delete), so that the suite can
 * check that the connector reads the writes back incrementally, deletes included.
 */
public final class PostgresWriteBack implements WriteBack {

    private final Connection connection;

    /** Connects with the connector's own options. */
    public PostgresWriteBack(Map<String, String> options) throws SQLException {
        connection = DriverManager.getConnection("jdbc:postgresql://" + options.get("host") + ":" + options.get("port")
                + "/" + options.get("database"), options.get("user"), options.get("password"));
    }

    @Override
    public List<String> insertableTables() {
        return List.of("public.products", "shop.audit_log", "shop.customers", "shop.orders");
    }

    @Override
    public List<String> deletableTables() {
        return List.of("shop.customers", "shop.orders");
    }

    @Override
    public WrittenRows writeRows(String table, int count) {
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            switch (table) {
                case "shop.customers" -> {
                    long next = next("SELECT coalesce(max(id), 0) + 1 FROM shop.customers");
                    for (long id = next; id < next + count; id++) {
                        // one update of an existing row among the inserts
                        if (id == next && next > 1) {
                            update("UPDATE shop.customers SET name = 'renamed " + id + "' WHERE id = " + (next - 1));
                            rows.add(row("id", next - 1, "name", "renamed " + id));
                            continue;
                        }
                        update("INSERT INTO shop.customers (id, name, email, created_at) VALUES (" + id + ", 'written "
                                + id + "', 'w" + id + "@example.com', now())");
                        rows.add(row("id", id, "name", "written " + id));
                    }
                    return new WrittenRows(rows, Map.of("id", "id", "name", "name"));
                }
                case "shop.orders" -> {
                    long next = next("SELECT coalesce(max(id), 0) + 1 FROM shop.orders");
                    for (long id = next; id < next + count; id++) {
                        update("INSERT INTO shop.orders VALUES (" + id + ", 1, 9.99, 'paid', now())");
                        rows.add(row("id", id, "status", "paid"));
                    }
                    return new WrittenRows(rows, Map.of("id", "id", "status", "status"));
                }
                case "shop.audit_log" -> {
                    for (int i = 0; i < count; i++) {
                        String message = "written event " + System.nanoTime();
                        update("INSERT INTO shop.audit_log VALUES (now(), '" + message + "')");
                        rows.add(row("message", message));
                    }
                    return new WrittenRows(rows, Map.of("message", "message"));
                }
                case "public.products" -> {
                    long next = next("SELECT count(*) + 1 FROM public.products");
                    for (long n = next; n < next + count; n++) {
                        String sku = "sku-w" + n + "-" + System.nanoTime();
                        update("INSERT INTO public.products VALUES ('" + sku + "', 'written', 2.5, now())");
                        rows.add(row("sku", sku, "title", "written"));
                    }
                    return new WrittenRows(rows, Map.of("sku", "sku", "title", "title"));
                }
                default -> throw new IllegalArgumentException("not insertable: " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing to " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public WrittenRows deleteRows(String table, int count) {
        if (!deletableTables().contains(table)) {
            throw new IllegalArgumentException("not deletable: " + table);
        }
        try {
            WrittenRows created = writeRows(table, count + 1); // fresh rows (and an update), so the rest stays
            List<Map<String, Object>> deleted = new ArrayList<>();
            for (Map<String, Object> row : created.rows().subList(created.rows().size() - count, created.rows().size())) {
                update("DELETE FROM " + table + " WHERE id = " + row.get("id"));
                deleted.add(row("id", row.get("id")));
            }
            return new WrittenRows(deleted, Map.of("id", "id"));
        } catch (SQLException e) {
            throw new IllegalStateException("deleting from " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at the end of the suite
        }
    }

    private long next(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
