package io.lakeflow.connectors.postgres;

import io.lakeflow.connect.Offset;
import io.lakeflow.connect.ReadResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code cdc} on a cursor column, for one connector instance: pages ordered by the cursor, then
 * the key, each starting after the last row of the previous page (offset
 * {@code {"after": [cursor text, key text, ...]}}), up to the cursor's maximum when the instance
 * first read the table. Values travel as PostgreSQL text and are cast back to the column types.
 */
final class CursorPages {

    private final Map<String, String> cursorCaps = new HashMap<>();

    /** One page of a {@code cdc} table, ordered by cursor then key, up to this run's cursor maximum. */
    ReadResult read(Connection connection, TablePlan plan, Offset start) throws SQLException {
        TableInfo info = plan.info();
        Column cursor = info.column(plan.cursor()).orElseThrow();
        String quotedCursor = SqlIdentifier.quote(cursor.name());
        String cap = cursorCaps.get(info.name());
        if (!cursorCaps.containsKey(info.name())) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max(" + quotedCursor + ")::text FROM " + info.quotedName())) {
                rs.next();
                cap = rs.getString(1);
            }
            cursorCaps.put(info.name(), cap);
        }
        if (cap == null) {
            return ReadResult.empty(start);
        }
        List<Column> order = new ArrayList<>();
        order.add(cursor);
        for (String k : plan.keys()) {
            order.add(info.column(k).orElseThrow());
        }
        List<String> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(quotedCursor + " IS NOT NULL AND " + quotedCursor + " <= ?::"
                + cursor.sqlType());
        params.add(cap);
        if (!start.isEmpty()) {
            Object after = start.get("after");
            if (!(after instanceof List<?> values) || values.size() != order.size()) {
                throw new IllegalArgumentException("Table " + info.name() + ": offset " + start + " is not a cursor "
                        + "offset for cursor_field " + cursor.name() + " and key " + plan.keys()
                        + ". Fix: reset the table's offsets after changing its cursor_field or ingestion_type.");
            }
            where.append(" AND (").append(order.stream().map(c -> SqlIdentifier.quote(c.name()))
                    .collect(Collectors.joining(", "))).append(") > (").append(order.stream()
                    .map(c -> "?::" + c.sqlType()).collect(Collectors.joining(", "))).append(')');
            values.forEach(v -> params.add((String) v));
        }
        String sql = "SELECT " + info.selectList() + ", "
                + order.stream().map(c -> "t." + SqlIdentifier.quote(c.name()) + "::text").collect(Collectors.joining(", "))
                + " FROM " + info.quotedName() + " t WHERE " + where + " ORDER BY "
                + order.stream().map(c -> "t." + SqlIdentifier.quote(c.name())).collect(Collectors.joining(", "))
                + " LIMIT " + Math.max(1, plan.batchSize());
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> last = null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = info.columns().size();
                while (rs.next()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        Column c = info.columns().get(i);
                        record.put(c.name(), c.read(rs.getString(i + 1), info.name()));
                    }
                    records.add(record);
                    last = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        last.add(rs.getString(n + i + 1));
                    }
                }
            }
        }
        if (last == null) {
            return ReadResult.empty(start);
        }
        return ReadResult.of(records, Offset.of("after", last));
    }
}
