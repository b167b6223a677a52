package io.lakeflow.testkit.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live connection options for record mode: a JSON object in the environment variable
 * {@code CONNECTOR_TEST_CONFIG_JSON}, or in the file named by {@code CONNECTOR_TEST_CONFIG_PATH}.
 * Values are never printed.
 */
final class LiveOptions {

    static final String JSON_ENV = "CONNECTOR_TEST_CONFIG_JSON";
    static final String PATH_ENV = "CONNECTOR_TEST_CONFIG_PATH";

    private LiveOptions() {
    }

    static Map<String, String> load() throws IOException {
        String json = System.getenv(JSON_ENV);
        String source = JSON_ENV;
        if (json == null || json.isBlank()) {
            String path = System.getenv(PATH_ENV);
            if (path == null || path.isBlank()) {
                throw new IllegalStateException("Record mode needs the live connection options. Fix: set " + JSON_ENV
                        + " to a JSON object of options, or " + PATH_ENV + " to a file holding one.");
            }
            json = Files.readString(Path.of(path));
            source = PATH_ENV + " (" + path + ")";
        }
        Map<String, Object> parsed;
        try {
            parsed = new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new IllegalStateException("The live options in " + source + " are not a JSON object. Fix: give "
                    + "{\"api_key\": \"...\"} (the parser's complaint is withheld: it may quote a secret).");
        }
        Map<String, String> out = new LinkedHashMap<>();
        parsed.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
        return out;
    }
}
