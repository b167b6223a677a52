package io.lakeflow.pipeline.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.connect.LakeflowConnect;
import io.lakeflow.connect.SupportsNamespaces;
import io.lakeflow.connect.TableMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The tables every connector exposes through {@code lakeflow_connect} besides its own: its
 * tables' metadata, its namespaces and its tables. They are computed on the driver, batch only.
 */
public enum SpecialTable {
    /**
     * One row per table: {@code tableName}, {@code primary_keys}, {@code cursor_field},
     * {@code ingestion_type}. Options: {@code tableNameList} (JSON array; default all tables),
     * {@code tableConfigs} (JSON object: table name to its options).
     */
    TABLE_METADATA("_community_table_metadata", new StructType()
            .add("tableName", DataTypes.StringType, false)
            .add("primary_keys", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("cursor_field", DataTypes.StringType, true)
            .add("ingestion_type", DataTypes.StringType, true)),
    /**
     * The namespaces directly under {@code namespacePrefix} (JSON array, default the top level),
     * sorted; empty for a connector without namespaces.
     */
    NAMESPACES("_community_namespaces", new StructType()
            .add("namespace", DataTypes.createArrayType(DataTypes.StringType, false), false)),
    /**
     * The tables, with their namespace: for a connector with namespaces, those under the required
     * option {@code namespace} (JSON array); otherwise all, with namespace {@code []}.
     */
    TABLES("_community_tables", new StructType()
            .add("namespace", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("tableName", DataTypes.StringType, false));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tableName;
    private final StructType schema;

    SpecialTable(String tableName, StructType schema) {
        this.tableName = tableName;
        this.schema = schema;
    }

    /** The name used as {@code tableName}. */
    public String tableName() {
        return tableName;
    }

    /** The table's Spark schema. */
    public StructType schema() {
        return schema;
    }

    /** The special table of that name, or {@code null}. */
    public static SpecialTable byName(String name) {
        for (SpecialTable t : values()) {
            if (t.tableName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The special tables' names. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SpecialTable::tableName).toList();
    }

    /** Computes the rows on the driver. */
    public List<InternalRow> rows(LakeflowConnect connector, SourceOptions options) {
        return switch (this) {
            case TABLE_METADATA -> metadataRows(connector, options);
            case NAMESPACES -> namespaceRows(connector, options);
            case TABLES -> tableRows(connector, options);
        };
    }

    private static List<InternalRow> metadataRows(LakeflowConnect connector, SourceOptions options) {
        List<String> tables = jsonOption(options, "tablenamelist", new TypeReference<List<String>>() {},
                "a JSON array of table names, e.g. [\"users\",\"orders\"]");
        if (tables == null) {
            tables = connector.listTables();
        }
        Map<String, Map<String, String>> configs = jsonOption(options, "tableconfigs",
                new TypeReference<Map<String, Map<String, String>>>() {},
                "a JSON object from table name to its options, e.g. {\"users\":{\"page_size\":\"10\"}}");
        List<InternalRow> rows = new ArrayList<>();
        for (String t : tables) {
            Map<String, String> tableOptions = configs == null ? Map.of() : configs.getOrDefault(t, Map.of());
            TableMetadata m = connector.readTableMetadata(t, tableOptions);
            rows.add(new GenericInternalRow(new Object[] {
                UTF8String.fromString(t), strings(m.primaryKeys()),
                m.cursorField() == null ? null : UTF8String.fromString(m.cursorField()),
                UTF8String.fromString(m.ingestionType().configName())}));
        }
        return rows;
    }

    private static List<InternalRow> namespaceRows(LakeflowConnect connector, SourceOptions options) {
        if (!(connector instanceof SupportsNamespaces ns)) {
            return List.of();
        }
        List<String> prefix = jsonOption(options, "namespaceprefix", new TypeReference<List<String>>() {},
                "a JSON array of names, e.g. [\"public\"]");
        List<List<String>> found = new ArrayList<>(ns.listNamespaces(prefix == null ? List.of() : prefix));
        found.sort(Comparator.comparing(l -> String.join("\u0000", l)));
        List<InternalRow> rows = new ArrayList<>();
        for (List<String> n : found) {
            rows.add(new GenericInternalRow(new Object[] {strings(n)}));
        }
        return rows;
    }

    private static List<InternalRow> tableRows(LakeflowConnect connector, SourceOptions options) {
        List<String> namespace = jsonOption(options, "namespace", new TypeReference<List<String>>() {},
                "a JSON array of names, e.g. [\"public\"]");
        List<String> tables;
        if (connector instanceof SupportsNamespaces ns) {
            if (namespace == null) {
                throw new IllegalArgumentException("Connector '" + options.connector() + "' has namespaces: reading "
                        + "_community_tables needs the option 'namespace'. Fix: .option(\"namespace\", \"[\\\"public\\\"]\").");
            }
            tables = new ArrayList<>(ns.listTables(namespace));
        } else {
            if (namespace != null && !namespace.isEmpty()) {
                throw new IllegalArgumentException("Connector '" + options.connector() + "' has no namespaces, but "
                        + "the option 'namespace' was " + namespace + ". Fix: remove the option.");
            }
            namespace = List.of();
            tables = new ArrayList<>(connector.listTables());
        }
        tables.sort(Comparator.naturalOrder());
        List<InternalRow> rows = new ArrayList<>();
        for (String t : tables) {
            rows.add(new GenericInternalRow(new Object[] {strings(namespace), UTF8String.fromString(t)}));
        }
        return rows;
    }

    private static GenericArrayData strings(List<String> values) {
        return new GenericArrayData(values.stream().map(UTF8String::fromString).toArray());
    }

    private static <T> T jsonOption(SourceOptions options, String name, TypeReference<T> type, String expected) {
        String text = options.frameworkOption(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(text, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("Option '" + name + "' must be " + expected + ", got: " + text, e);
        }
    }
}
