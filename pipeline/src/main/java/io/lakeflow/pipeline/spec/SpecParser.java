package io.lakeflow.pipeline.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pipeline spec (YAML, or JSON which is YAML too) and checks its shape, reporting every
 * problem at once with its path. Checks against the connector (tables, keys, columns) come later,
 * in {@link io.lakeflow.pipeline.flow.PlanResolver}, still before any data moves.
 *
 * <pre>
 * connection:
 *   name: example                 # the connector (alias: connector)
 *   options: {api_key: ${EXAMPLE_API_KEY}}
 * objects:
 *   - table:
 *       source_table: users
 *       destination_schema: bronze
 *       table_configuration: {scd_type: SCD_TYPE_2, primary_keys: [id], sequence_by: updated_at}
 * </pre>
 */
public final class SpecParser {

    private static final Set<String> ROOT_KEYS = Set.of("connection", "objects");
    private static final Set<String> CONNECTION_KEYS = Set.of("name", "connector", "options");
    private static final Set<String> TABLE_KEYS = Set.of("source_table", "destination_catalog", "destination_schema",
            "destination_table", "table_configuration");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, String> environment;
    private final List<SpecProblem> problems = new ArrayList<>();

    private SpecParser(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Reads and checks the spec file, resolving {@code ${VAR}} from the process environment. */
    public static PipelineSpec parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidSpecException(file.toString(), List.of(new SpecProblem("",
                    "cannot read the file (" + e + "). Fix: pass the path of a YAML or JSON spec.")));
        }
        return parse(text, file.toString(), System.getenv());
    }

    /**
     * Reads and checks a spec's text.
     *
     * @param text        YAML or JSON
     * @param source      names the spec in messages (a file name)
     * @param environment where {@code ${VAR}} references are looked up
     * @throws InvalidSpecException listing every problem
     */
    public static PipelineSpec parse(String text, String source, Map<String, String> environment) {
        JsonNode root;
        try {
            root = (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidSpecException(source, List.of(new SpecProblem("",
                    "not valid YAML/JSON" + where + ": " + e.getOriginalMessage())));
        }
        SpecParser parser = new SpecParser(environment);
        PipelineSpec spec = parser.root(root);
        if (!parser.problems.isEmpty()) {
            throw new InvalidSpecException(source, parser.problems);
        }
        return spec;
    }

    private void problem(String path, String message) {
        problems.add(new SpecProblem(path, message));
    }

    private PipelineSpec root(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "expected a mapping with 'connection' and 'objects', got " + kind(root));
            return null;
        }
        unknownKeys(root, "", ROOT_KEYS);
        ConnectionSpec connection = connection(root.get("connection"));
        List<TableSpec> tables = new ArrayList<>();
        JsonNode objects = root.get("objects");
        if (objects == null) {
            problem("objects", "is required: a list of {table: {source_table: ...}} entries");
        } else if (!objects.isArray() || objects.isEmpty()) {
            problem("objects", "expected a non-empty list, got " + kind(objects));
        } else {
            Map<String, Integer> destinations = new HashMap<>();
            for (int i = 0; i < objects.size(); i++) {
                String path = "objects[" + i + "]";
                JsonNode item = objects.get(i);
                if (item == null || !item.isObject() || item.get("table") == null) {
                    problem(path, "expected a mapping {table: {...}}, got " + kind(item));
                    continue;
                }
                unknownKeys(item, path, Set.of("table"));
                TableSpec table = table(item.get("table"), path + ".table");
                if (table != null) {
                    Integer previous = destinations.putIfAbsent(table.destinationName().toLowerCase(java.util.Locale.ROOT), i);
                    if (previous != null) {
                        problem(path + ".table", "destination " + table.destinationName() + " is also the destination "
                                + "of objects[" + previous + "]; each destination table must be written by one object. "
                                + "Fix: set a different destination_table.");
                    } else {
                        tables.add(table);
                    }
                }
            }
        }
        return problems.isEmpty() ? new PipelineSpec(connection, tables) : null;
    }

    private ConnectionSpec connection(JsonNode node) {
        if (node == null) {
            problem("connection", "is required: {name: <connector>, options: {...}}");
            return null;
        }
        if (!node.isObject()) {
            problem("connection", "expected a mapping {name: <connector>, options: {...}}, got " + kind(node));
            return null;
        }
        unknownKeys(node, "connection", CONNECTION_KEYS);
        if (node.has("name") && node.has("connector")) {
            problem("connection", "give the connector's name once, as 'name' or 'connector', not both");
        }
        String key = node.has("connector") ? "connector" : "name";
        String name = string(node.get(key), "connection." + key, true);
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode opts = node.get("options");
        if (opts != null && !opts.isNull()) {
            if (!opts.isObject()) {
                problem("connection.options", "expected a mapping of option names to values, got " + kind(opts));
            } else {
                opts.fields().forEachRemaining(e -> {
                    String path = "connection.options." + e.getKey();
                    String value = scalarText(e.getValue(), path);
                    if (value != null) {
                        options.put(e.getKey(), substitute(value, path));
                    }
                });
            }
        }
        return name == null ? null : new ConnectionSpec(name, options);
    }

    private TableSpec table(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "expected a mapping with source_table, got " + kind(node));
            return null;
        }
        int before = problems.size();
        unknownKeys(node, path, TABLE_KEYS);
        String source = string(node.get("source_table"), path + ".source_table", true);
        String catalog = identifier(node.get("destination_catalog"), path + ".destination_catalog");
        String schema = identifier(node.get("destination_schema"), path + ".destination_schema");
        String destination = identifier(node.get("destination_table"), path + ".destination_table");
        if (destination == null && source != null && !IDENTIFIER.matcher(source).matches()) {
            problem(path + ".destination_table", "is required because source_table '" + source + "' is not a valid "
                    + "table name (letters, digits, _). Fix: set destination_table.");
        }
        ScdType scd = null;
        List<String> keys = null;
        String sequence = null;
        List<String> cluster = List.of();
        Map<String, String> sourceOptions = new TreeMap<>();
        JsonNode config = node.get("table_configuration");
        String cpath = path + ".table_configuration";
        if (config != null && !config.isNull()) {
            if (!config.isObject()) {
                problem(cpath, "expected a mapping, got " + kind(config));
            } else {
                JsonNode scdNode = config.get("scd_type");
                if (scdNode != null) {
                    String text = string(scdNode, cpath + ".scd_type", true);
                    if (text != null) {
                        scd = ScdType.parse(text);
                        if (scd == null) {
                            problem(cpath + ".scd_type", "expected one of " + ScdType.accepted() + ", got '" + text + "'");
                        }
                    }
                }
                if (config.has("primary_keys")) {
                    keys = stringList(config.get("primary_keys"), cpath + ".primary_keys", true);
                }
                if (config.has("sequence_by")) {
                    sequence = string(config.get("sequence_by"), cpath + ".sequence_by", true);
                }
                if (config.has("cluster_by")) {
                    List<String> c = stringList(config.get("cluster_by"), cpath + ".cluster_by", false);
                    cluster = c == null ? List.of() : c;
                }
                Iterator<Map.Entry<String, JsonNode>> fields = config.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    if (!Set.of("scd_type", "primary_keys", "sequence_by", "cluster_by").contains(e.getKey())) {
                        JsonNode v = e.getValue();
                        String text = v.isContainerNode() ? v.toString() : scalarText(v, cpath + "." + e.getKey());
                        if (text != null) {
                            sourceOptions.put(e.getKey(), substitute(text, cpath + "." + e.getKey()));
                        }
                    }
                }
            }
        }
        if (problems.size() != before || source == null) {
            return null;
        }
        return new TableSpec(source, catalog, schema == null ? "default" : schema,
                destination == null ? source : destination, scd, keys, sequence, cluster, sourceOptions);
    }

    private void unknownKeys(JsonNode node, String path, Set<String> allowed) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problem(path.isEmpty() ? k : path + "." + k, "unknown key; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }

    private String string(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "is required (a non-blank string)");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(path, "expected a non-blank string, got " + kind(node));
            return null;
        }
        return node.asText().trim();
    }

    private String identifier(JsonNode node, String path) {
        String text = string(node, path, false);
        if (text != null && !IDENTIFIER.matcher(text).matches()) {
            problem(path, "expected a name of letters, digits and _ (not starting with a digit), got '" + text + "'");
            return null;
        }
        return text;
    }

    private List<String> stringList(JsonNode node, String path, boolean nonEmpty) {
        if (node.isTextual() && !node.asText().isBlank()) {
            return List.of(node.asText().trim());
        }
        if (!node.isArray() || (nonEmpty && node.isEmpty())) {
            problem(path, "expected a " + (nonEmpty ? "non-empty " : "") + "list of column names, got " + kind(node));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String s = string(node.get(i), path + "[" + i + "]", true);
            if (s != null) {
                if (out.contains(s)) {
                    problem(path + "[" + i + "]", "'" + s + "' is listed twice");
                }
                out.add(s);
            }
        }
        return out;
    }

    private String scalarText(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problem(path, "expected a value, got null");
            return null;
        }
        if (node.isContainerNode()) {
            problem(path, "expected a string, number or boolean, got " + kind(node));
            return null;
        }
        return node.asText();
    }

    /** Replaces {@code ${VAR}} references; a missing variable is a problem naming it (never a value). */
    private String substitute(String value, String path) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String resolved = environment.get(var);
            if (resolved == null) {
                problem(path, "refers to the environment variable " + var + ", which is not set. Fix: export " + var
                        + " before running the pipeline.");
                resolved = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + node.asText();
    }
}
