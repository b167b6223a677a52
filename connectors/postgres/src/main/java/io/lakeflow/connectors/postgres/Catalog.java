package io.lakeflow.connectors.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads tables, columns, keys and types from PostgreSQL's system catalogs, and maps each column's
 * type to a {@link ColumnType}.
 */
final class Catalog {

    private static final String TABLES = """
            SELECT n.nspname, c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
              AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?::text[]))
            ORDER BY n.nspname, c.relname""";
    private static final String TABLE = """
            SELECT c.oid, c.relkind = 'p' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')""";
    private static final String COLUMNS = """
            SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull, format_type(a.atttypid, a.atttypmod)
            FROM pg_attribute a WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""";
    private static final String KEYS = """
            SELECT i.indexrelid, i.indisprimary, a.attname, a.attnotnull
            FROM pg_index i
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = ? AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
            ORDER BY i.indisprimary DESC, i.indexrelid, k.ord""";
    private static final String TYPES = """
            SELECT t.oid, t.typname, n.nspname, t.typtype, t.typcategory, t.typelem, t.typbasetype, t.typtypmod
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace""";

    private record PgType(String name, String schema, char type, char category, long element, long base, int baseTypmod) {
    }

    private final Connection connection;
    private Map<Long, PgType> types;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** {@code schema.table} names of the ordinary and partitioned tables in {@code schemas} (all when empty). */
    List<String[]> tables(List<String> schemas) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TABLES)) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            ps.setArray(1, array);
            ps.setArray(2, array);
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return out;
        }
    }

    /** The table {@code schema.table}, or {@code null} when it does not exist (any more). */
    TableInfo describe(String schema, String table) throws SQLException {
        long oid;
        boolean partitioned;
        try (PreparedStatement ps = connection.prepareStatement(TABLE)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                oid = rs.getLong(1);
                partitioned = rs.getBoolean(2);
            }
        }
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), columnType(rs.getLong(2), rs.getInt(3)),
                            !rs.getBoolean(4), rs.getString(5)));
                }
            }
        }
        List<String> primary = new ArrayList<>();
        Map<Long, List<String>> unique = new LinkedHashMap<>();
        Set<Long> nullable = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(KEYS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long index = rs.getLong(1);
                    if (rs.getBoolean(2)) {
                        primary.add(rs.getString(3));
                    } else {
                        unique.computeIfAbsent(index, i -> new ArrayList<>()).add(rs.getString(3));
                        if (!rs.getBoolean(4)) {
                            nullable.add(index);
                        }
                    }
                }
            }
        }
        List<String> uniqueKeys = unique.entrySet().stream().filter(e -> !nullable.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
        return new TableInfo(schema, table, oid, partitioned, columns, primary, uniqueKeys);
    }

    /** The value of a server setting, e.g. {@code wal_level}. */
    String setting(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_setting(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Whether the current user may open replication connections (REPLICATION attribute or superuser). */
    boolean canReplicate() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolreplication OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Maps a column type: domains to their base type, arrays element-wise, enums to text, numeric(p,s)
     * with p &lt;= 38 to decimal, unconstrained numeric (or p &gt; 38) to text; see the README's table.
     */
    ColumnType columnType(long oid, int typmod) throws SQLException {
        PgType t = types().get(oid);
        if (t == null) {
            types = null; // a type created since the catalog was loaded
            t = types().get(oid);
        }
        if (t == null) {
            return ColumnType.of(ValueKind.TEXT);
        }
        if (t.type() == 'd') {
            return columnType(t.base(), t.baseTypmod() >= 0 ? t.baseTypmod() : typmod);
        }
        if (t.category() == 'A' && t.element() != 0) {
            return ColumnType.arrayOf(columnType(t.element(), typmod));
        }
        if (!t.schema().equals("pg_catalog")) {
            return ColumnType.of(ValueKind.TEXT);
        }
        return switch (t.name()) {
            case "bool" -> ColumnType.of(ValueKind.BOOLEAN);
            case "int2" -> ColumnType.of(ValueKind.SHORT);
            case "int4" -> ColumnType.of(ValueKind.INT);
            case "int8", "oid" -> ColumnType.of(ValueKind.LONG);
            case "float4" -> ColumnType.of(ValueKind.FLOAT);
            case "float8" -> ColumnType.of(ValueKind.DOUBLE);
            case "numeric" -> numeric(typmod);
            case "date" -> ColumnType.of(ValueKind.DATE);
            case "timestamp" -> ColumnType.of(ValueKind.TIMESTAMP_NTZ);
            case "timestamptz" -> ColumnType.of(ValueKind.TIMESTAMP);
            case "bytea" -> ColumnType.of(ValueKind.BINARY);
            default -> ColumnType.of(ValueKind.TEXT);
        };
    }

    private static ColumnType numeric(int typmod) {
        if (typmod < 4) {
            return ColumnType.of(ValueKind.TEXT);
        }
        int precision = ((typmod - 4) >> 16) & 0xFFFF;
        int scale = (typmod - 4) & 0xFFFF;
        if (precision < 1 || precision > 38 || scale > precision) {
            return ColumnType.of(ValueKind.TEXT);
        }
        return ColumnType.decimal(precision, scale);
    }

    private Map<Long, PgType> types() throws SQLException {
        if (types == null) {
            Map<Long, PgType> loaded = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(TYPES)) {
                while (rs.next()) {
                    loaded.put(rs.getLong(1), new PgType(rs.getString(2), rs.getString(3), rs.getString(4).charAt(0),
                            rs.getString(5).charAt(0), rs.getLong(6), rs.getLong(7), rs.getInt(8)));
                }
            }
            types = loaded;
        }
        return types;
    }
}
