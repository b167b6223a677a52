package io.lakeflow.testkit.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakeflow.testkit.LakeflowConformance;
import io.lakeflow.testkit.Simulator;
import io.lakeflow.testkit.TestMode;
import io.lakeflow.testkit.checks.Allowance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Reads a run's configuration from the annotation, JUnit configuration parameters (which include
 * system properties) and the environment.
 */
final class RunConfiguration {

    /** System property / configuration parameter naming the mode. */
    static final String MODE_PROPERTY = "lakeflow.test.mode";
    /** Environment variable naming the mode. */
    static final String MODE_ENV = "CONNECTOR_TEST_MODE";
    /** Environment variable holding live connection options as a JSON object. */
    static final String CONFIG_JSON_ENV = "CONNECTOR_TEST_CONFIG_JSON";
    /** Environment variable naming a file holding live connection options as a JSON object. */
    static final String CONFIG_PATH_ENV = "CONNECTOR_TEST_CONFIG_PATH";
    /** Configuration parameter alternative to {@link #CONFIG_PATH_ENV}. */
    static final String CONFIG_PATH_PROPERTY = "lakeflow.test.configPath";
    /** System property enabling write-back against a real source. */
    static final String WRITE_BACK_PROPERTY = "lakeflow.test.writeBack";
    /** System property naming the results directory. */
    static final String RESULTS_DIR_PROPERTY = "lakeflow.conformance.dir";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Optional<String>> parameters;

    RunConfiguration(ConfigurationParameters parameters) {
        this(parameters::get);
    }

    RunConfiguration(Function<String, Optional<String>> parameters) {
        this.parameters = parameters;
    }

    /** The mode: property, then environment, then simulate if a simulator is declared, else live. */
    TestMode mode(LakeflowConformance annotation) {
        Optional<String> named = parameters.apply(MODE_PROPERTY).or(() -> Optional.ofNullable(System.getenv(MODE_ENV)))
                .filter(s -> !s.isBlank());
        if (named.isPresent()) {
            return TestMode.fromConfigName(named.get());
        }
        return annotation.simulator() != Simulator.class ? TestMode.SIMULATE : TestMode.LIVE;
    }

    /** Whether write-back may write to a real source. */
    boolean liveWriteBackEnabled() {
        return parameters.apply(WRITE_BACK_PROPERTY).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /** Where result files go. */
    Path resultsDirectory() {
        return Path.of(parameters.apply(RESULTS_DIR_PROPERTY).orElse("target/lakeflow-conformance"));
    }

    /**
     * Live connection options from {@code CONNECTOR_TEST_CONFIG_JSON}, else the file named by
     * {@code CONNECTOR_TEST_CONFIG_PATH} (or {@code lakeflow.test.configPath}); empty when none is set.
     *
     * @throws IllegalArgumentException when the JSON is not an object (the message never echoes its content)
     */
    Optional<Map<String, String>> liveCredentials() {
        String inline = System.getenv(CONFIG_JSON_ENV);
        if (inline != null && !inline.isBlank()) {
            return Optional.of(parseObject(inline, CONFIG_JSON_ENV));
        }
        Optional<String> path = Optional.ofNullable(System.getenv(CONFIG_PATH_ENV)).filter(s -> !s.isBlank())
                .or(() -> parameters.apply(CONFIG_PATH_PROPERTY));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parseObject(Files.readString(Path.of(path.get())), "the file " + path.get()));
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a readable JSON file at " + path.get() + " (" + CONFIG_PATH_ENV
                    + "); seen " + e.getClass().getSimpleName() + ". Fix: point it at an existing file");
        }
    }

    private static Map<String, String> parseObject(String json, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("expected a JSON object of connection options in " + where
                    + "; seen text that does not parse as JSON (content not shown: it may hold secrets). Fix: write {\"key\": \"value\"}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object of connection options in " + where
                    + "; seen a JSON " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase())
                    + ". Fix: write {\"key\": \"value\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
        }
        return out;
    }

    /** {@code key=value} pairs. */
    static Map<String, String> pairs(String[] entries, String attribute) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected \"key=value\" in @LakeflowConformance(" + attribute + "); seen \""
                        + entry + "\". Fix: write e.g. \"region=eu\"");
            }
            out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return out;
    }

    /** {@code table:key=value} entries, by table. */
    static Map<String, Map<String, String>> tableOptions(String[] entries) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            int eq = entry.indexOf('=');
            if (colon <= 0 || eq < colon + 2) {
                throw new IllegalArgumentException("expected \"table:key=value\" in @LakeflowConformance(tableOptions); seen \""
                        + entry + "\". Fix: write e.g. \"orders:page_size=50\"");
            }
            out.computeIfAbsent(entry.substring(0, colon).trim(), t -> new LinkedHashMap<>())
                    .put(entry.substring(colon + 1, eq).trim(), entry.substring(eq + 1));
        }
        return out;
    }

    /** The annotation's allowances. */
    static List<Allowance> allowances(LakeflowConformance annotation) {
        List<Allowance> out = new ArrayList<>();
        for (LakeflowConformance.AllowEmptyFirstRead a : annotation.allowEmptyFirstRead()) {
            out.add(new Allowance(Allowance.EMPTY_FIRST_READ, a.table(), null, a.reason()));
        }
        for (LakeflowConformance.AllowNullColumn a : annotation.allowNullColumns()) {
            out.add(new Allowance(Allowance.NULL_COLUMN, a.table(), a.column(), a.reason()));
        }
        return out;
    }
}
